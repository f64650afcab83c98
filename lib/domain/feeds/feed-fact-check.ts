// What every feed item is built from: the latest publication of a published fact-check.
import type { PublicationSnapshot } from "../../schemas/publication";

export type FeedFactCheck = {
  slug: string;
  /** The latest version and when it was published. */
  version: number;
  publishedAt: Date;
  /** When version 1 was published. */
  firstPublishedAt: Date;
  snapshot: PublicationSnapshot;
};

/** Where the feeds live, for links to them. */
export const CLAIM_REVIEW_FEED_PATH = "/feeds/claim-review.json";
export const ATOM_FEED_PATH = "/feeds/fact-checks.xml";

/** When a feed last changed: its newest item, or a later withdrawal (`changedAt`); null when never. */
export function feedUpdatedAt(factChecks: readonly FeedFactCheck[], changedAt: Date | null): Date | null {
  const times = [...factChecks.map((fc) => fc.publishedAt.getTime()), ...(changedAt ? [changedAt.getTime()] : [])];
  return times.length ? new Date(Math.max(...times)) : null;
}
