// The ClaimReview feed: a schema.org DataFeed whose elements are the ClaimReviews of the latest
// version of every published fact-check — the very objects the reader pages embed as JSON-LD.
import type { ClaimReview, DataFeed, WithContext } from "schema-dts";
import { claimReviewsOf } from "../publications/claim-review";
import { readerPageUrl } from "../reader/page-address";
import { CLAIM_REVIEW_FEED_PATH, type FeedFactCheck, feedUpdatedAt } from "./feed-fact-check";

type Feed = {
  /** The site's public origin (configured, else the request's). */
  origin: string;
  /** The desk's current name: the feed's publisher. */
  publisherName: string;
  /** Newest first. */
  factChecks: readonly FeedFactCheck[];
  /** The latest publish or withdrawal, so that a removal changes dateModified too. */
  changedAt: Date | null;
};

export type ClaimReviewFeed = WithContext<DataFeed> & { dataFeedElement: WithContext<ClaimReview>[] };

/** The DataFeed of every published ClaimReview, built by the reader page's own builder. */
export function claimReviewFeed({ origin, publisherName, factChecks, changedAt }: Feed): ClaimReviewFeed {
  const updated = feedUpdatedAt(factChecks, changedAt);
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${publisherName}: fact-checks (ClaimReview)`,
    description: "Every claim this desk has checked and published, with its rating, as schema.org ClaimReview.",
    url: `${origin}${CLAIM_REVIEW_FEED_PATH}`,
    publisher: { "@type": "Organization", name: publisherName, url: origin },
    ...(updated ? { dateModified: updated.toISOString() } : {}),
    dataFeedElement: factChecks.flatMap((fc) =>
      claimReviewsOf(fc.snapshot, {
        url: readerPageUrl(origin, fc.slug),
        origin,
        datePublished: fc.firstPublishedAt,
        dateModified: fc.publishedAt,
      }),
    ),
  };
}
