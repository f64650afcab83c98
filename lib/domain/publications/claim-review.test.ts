import { describe, expect, it } from "vitest";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import { claimReviewsOf, jsonLdText } from "./claim-review";

const claim = snapshotClaim;
const snapshot = snapshotOf;

const page = {
  url: "https://desk.example/f/story",
  origin: "https://desk.example",
  datePublished: new Date("2025-05-16T09:00:00Z"),
  dateModified: new Date("2025-05-20T09:00:00Z"),
};
const newsArticle = { "@type": "NewsArticle", headline: "T", url: "https://news.example/story" };

describe("ClaimReview JSON-LD", () => {
  it("describes each claim with its rating on the scale, claimant, appearance, publisher and dates", () => {
    const [review] = claimReviewsOf(snapshot([claim({})]), page);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://desk.example/f/story#claim-c1",
      claimReviewed: "Troops are needed to stop fentanyl.",
      datePublished: "2025-05-16T09:00:00.000Z",
      dateModified: "2025-05-20T09:00:00.000Z",
      author: { "@type": "Organization", name: "The Fact-Check Desk", url: "https://desk.example" },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Mostly false",
        name: "Mostly false",
        ratingValue: 3,
        bestRating: 6,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Donald Trump", sameAs: ["https://www.wikidata.org/wiki/Q22686"] },
        datePublished: "2025-05-04",
        appearance: [{ "@type": "CreativeWork", url: "https://example.org/video" }, newsArticle],
      },
    });
  });

  it("dates each claim by its own first publication and last change, falling back to the page's", () => {
    const [dated, legacy] = claimReviewsOf(
      snapshot([
        claim({ id: "c1", firstPublishedAt: "2025-06-01T10:00:00.000Z", modifiedAt: "2025-06-03T10:00:00.000Z" }),
        claim({ id: "c2" }),
      ]),
      page,
    );
    expect([dated!.datePublished, dated!.dateModified]).toEqual(["2025-06-01T10:00:00.000Z", "2025-06-03T10:00:00.000Z"]);
    expect([legacy!.datePublished, legacy!.dateModified]).toEqual(["2025-05-16T09:00:00.000Z", "2025-05-20T09:00:00.000Z"]);
  });

  it("describes the article as a NewsArticle appearance and falls back to its date for when the claim was made", () => {
    const s = snapshot([claim({ appearanceUrl: null, dateSaid: null })]);
    s.article = { ...s.article, publishedTime: "2025-05-04T15:00:00.000Z", siteName: "News Example" };
    const [review] = claimReviewsOf(s, page);
    expect(review!.itemReviewed).toMatchObject({
      datePublished: "2025-05-04",
      appearance: {
        "@type": "NewsArticle",
        url: "https://news.example/story",
        headline: "T",
        datePublished: "2025-05-04T15:00:00.000Z",
        publisher: { "@type": "Organization", name: "News Example" },
      },
    });
  });

  it("never writes a localhost address frozen into an early publication: the public origin replaces it", () => {
    const s = snapshot([claim({})]);
    s.publisher = { ...s.publisher, url: "http://localhost:3000" };
    expect(claimReviewsOf(s, page)[0]!.author).toMatchObject({ url: "https://desk.example" });
    s.publisher = { ...s.publisher, url: null };
    expect(claimReviewsOf(s, page)[0]!.author).toMatchObject({ url: "https://desk.example" });
    s.publisher = { ...s.publisher, url: "https://publisher.example" };
    expect(claimReviewsOf(s, page)[0]!.author).toMatchObject({ url: "https://publisher.example" });
  });

  it("gives ratings outside the numeric range only their name, and falls back to the article as appearance", () => {
    const [review] = claimReviewsOf(
      snapshot([
        claim({
          rating: { label: "Unverifiable", value: null, description: "", color: "#444", icon: "question" },
          appearanceUrl: null,
          claimant: null,
        }),
      ]),
      page,
    );
    expect(review!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable", name: "Unverifiable" });
    expect(review!.itemReviewed).toEqual({ "@type": "Claim", datePublished: "2025-05-04", appearance: newsArticle });
  });

  it("explains the rating with the verdict's one-line summary when there is one", () => {
    const [summarised, blank] = claimReviewsOf(
      snapshot([claim({ id: "c1", summary: "  The order exists; it does not mention troops.  " }), claim({ id: "c2", summary: " " })]),
      page,
    );
    expect(summarised!.reviewRating).toMatchObject({ ratingExplanation: "The order exists; it does not mention troops." });
    expect(blank!.reviewRating).not.toHaveProperty("ratingExplanation");
  });

  it("cannot be closed early by text in a claim", () => {
    expect(jsonLdText({ claimReviewed: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
