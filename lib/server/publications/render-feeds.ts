// The public feeds, rendered from publication snapshots and kept in the public page cache (see
// page-cache.ts): publishing or withdrawing any fact-check forgets them at once.
import { atomFeed } from "@/lib/domain/feeds/atom-feed";
import { claimReviewFeed } from "@/lib/domain/feeds/claim-review-feed";
import { ATOM_FEED_PATH, CLAIM_REVIEW_FEED_PATH } from "@/lib/domain/feeds/feed-fact-check";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { lastPublicationChange, listPublishedSnapshots } from "./list-published-snapshots";
import { type CachedPage, cachedPage } from "./page-cache";

/** A feed is data, never a document to run or frame. */
const FEED_POLICY = "default-src 'none'; frame-ancestors 'none'";

async function feedInputs() {
  const [profile, factChecks, changedAt] = await Promise.all([getPublisherProfile(), listPublishedSnapshots(), lastPublicationChange()]);
  return { profile, factChecks, changedAt };
}

/** `/feeds/claim-review.json`: the schema.org DataFeed; `origin`: the site's public origin. */
export async function claimReviewFeedPage(origin: string): Promise<CachedPage> {
  return cachedPage(CLAIM_REVIEW_FEED_PATH, origin, async () => {
    const { profile, factChecks, changedAt } = await feedInputs();
    const feed = claimReviewFeed({ origin, publisherName: profile.name, factChecks, changedAt });
    return { status: 200, html: JSON.stringify(feed), csp: FEED_POLICY, contentType: "application/ld+json; charset=utf-8" };
  });
}

/** `/feeds/fact-checks.xml`: the Atom feed; `origin`: the site's public origin. */
export async function atomFeedPage(origin: string): Promise<CachedPage> {
  return cachedPage(ATOM_FEED_PATH, origin, async () => {
    const { profile, factChecks, changedAt } = await feedInputs();
    const xml = atomFeed({ origin, publisherName: profile.name, description: profile.description, factChecks, changedAt });
    return { status: 200, html: xml, csp: FEED_POLICY, contentType: "application/atom+xml; charset=utf-8" };
  });
}
