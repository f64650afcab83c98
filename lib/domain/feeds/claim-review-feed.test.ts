import { describe, expect, it } from "vitest";
import { GOOGLE_RECOMMENDED, GOOGLE_RECOMMENDED_WHEN_KNOWN, GOOGLE_REQUIRED, missingProperties } from "../../testing/google-claim-review";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import { claimReviewsOf } from "../publications/claim-review";
import { claimReviewFeed } from "./claim-review-feed";
import type { FeedFactCheck } from "./feed-fact-check";

const ORIGIN = "https://desk.example";

function factCheck(slug: string, published: string, claims = [snapshotClaim({})]): FeedFactCheck {
  return {
    slug,
    version: 2,
    publishedAt: new Date(published),
    firstPublishedAt: new Date("2025-05-01T00:00:00Z"),
    snapshot: snapshotOf(claims),
  };
}

describe("the ClaimReview feed", () => {
  it("is a DataFeed of exactly the reader pages' ClaimReviews, newest fact-check first", () => {
    const newer = factCheck("newer", "2025-06-02T10:00:00Z", [snapshotClaim({ id: "a" }), snapshotClaim({ id: "b" })]);
    const older = factCheck("older", "2025-05-20T10:00:00Z");
    const feed = claimReviewFeed({ origin: ORIGIN, publisherName: "Example Desk", factChecks: [newer, older], changedAt: null });
    expect(feed).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DataFeed",
      url: "https://desk.example/feeds/claim-review.json",
      dateModified: "2025-06-02T10:00:00.000Z",
      publisher: { "@type": "Organization", name: "Example Desk", url: ORIGIN },
    });
    // The same builder as the reader page's JSON-LD, with the same page addresses and dates.
    const page = (fc: FeedFactCheck) => ({
      url: `${ORIGIN}/f/${fc.slug}`,
      origin: ORIGIN,
      datePublished: fc.firstPublishedAt,
      dateModified: fc.publishedAt,
    });
    expect(feed.dataFeedElement).toEqual([...claimReviewsOf(newer.snapshot, page(newer)), ...claimReviewsOf(older.snapshot, page(older))]);
    expect(feed.dataFeedElement.map((review) => review.url)).toEqual([
      "https://desk.example/f/newer#claim-a",
      "https://desk.example/f/newer#claim-b",
      "https://desk.example/f/older#claim-c1",
    ]);
  });

  it("gives every item Google's required and recommended properties", () => {
    const feed = claimReviewFeed({
      origin: ORIGIN,
      publisherName: "Example Desk",
      factChecks: [factCheck("a", "2025-06-02T10:00:00Z")],
      changedAt: null,
    });
    for (const review of feed.dataFeedElement) {
      expect(missingProperties(review, [...GOOGLE_REQUIRED, ...GOOGLE_RECOMMENDED, ...GOOGLE_RECOMMENDED_WHEN_KNOWN])).toEqual([]);
      expect(new URL(String(review.url)).origin).toBe(ORIGIN);
    }
  });

  it("moves dateModified forward when a fact-check is withdrawn, and is an empty feed before anything is published", () => {
    const withdrawn = new Date("2025-07-01T08:00:00Z");
    expect(
      claimReviewFeed({ origin: ORIGIN, publisherName: "D", factChecks: [factCheck("a", "2025-06-02T10:00:00Z")], changedAt: withdrawn })
        .dateModified,
    ).toBe(withdrawn.toISOString());
    const empty = claimReviewFeed({ origin: ORIGIN, publisherName: "D", factChecks: [], changedAt: null });
    expect(empty.dataFeedElement).toEqual([]);
    expect(empty).not.toHaveProperty("dateModified");
  });
});
