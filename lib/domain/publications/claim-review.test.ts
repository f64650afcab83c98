import { describe, expect, it } from "vitest";
import type { PublicationSnapshot } from "../../schemas/publication";
import { claimReviewsOf, jsonLdText } from "./claim-review";

const claim = (overrides: Partial<PublicationSnapshot["claims"][number]>): PublicationSnapshot["claims"][number] => ({
  id: "c1",
  text: "Troops are needed to stop fentanyl.",
  anchor: { exact: "x", prefix: "", suffix: "", start: 0, end: 1 },
  claimant: { name: "Donald Trump", title: "President", sameAs: ["https://www.wikidata.org/wiki/Q22686"], isOrganization: false },
  dateSaid: "2025-05-04T12:00:00.000Z",
  appearanceUrl: "https://example.org/video",
  rating: { label: "Mostly false", value: 3, description: "", color: "#b4410c", icon: "cross-minus" },
  summary: "",
  explanation: { type: "doc", content: [] },
  sources: [],
  author: "Ed",
  reviewers: [],
  verdictUpdatedAt: "2025-05-16T00:00:00.000Z",
  ...overrides,
});

const snapshot = (claims: PublicationSnapshot["claims"]): PublicationSnapshot => ({
  article: { title: "T", byline: null, siteName: null, sourceUrl: "https://news.example/story", publishedTime: null, language: "en", plainText: "x" },
  claims,
  scale: { best: 6, worst: 1 },
  publisher: { name: "The Fact-Check Desk", url: "https://desk.example", logoUrl: null },
});

const page = { url: "https://desk.example/f/story", datePublished: new Date("2025-05-16T09:00:00Z"), dateModified: new Date("2025-05-20T09:00:00Z") };

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
      reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: 3, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Donald Trump", sameAs: ["https://www.wikidata.org/wiki/Q22686"] },
        datePublished: "2025-05-04",
        appearance: { "@type": "CreativeWork", url: "https://example.org/video" },
      },
    });
  });

  it("gives ratings outside the numeric range only their name, and falls back to the article as appearance", () => {
    const [review] = claimReviewsOf(snapshot([claim({ rating: { label: "Unverifiable", value: null, description: "", color: "#444", icon: "question" }, appearanceUrl: null, claimant: null })]), page);
    expect(review!.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(review!.itemReviewed).toEqual({ "@type": "Claim", datePublished: "2025-05-04", appearance: { "@type": "CreativeWork", url: "https://news.example/story" } });
  });

  it("cannot be closed early by text in a claim", () => {
    expect(jsonLdText({ claimReviewed: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
