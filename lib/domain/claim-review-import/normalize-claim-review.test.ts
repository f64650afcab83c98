import { describe, expect, it } from "vitest";
import arrayOfReviews from "./fixtures/array-of-claim-reviews.json";
import graph from "./fixtures/json-ld-graph.json";
import single from "./fixtures/single-claim-review.json";
import { flattenClaimReviewBody } from "./flatten-body";
import { normalizeClaimReview, type ReferenceClaimReviewFields } from "./normalize-claim-review";

function review(item: unknown): ReferenceClaimReviewFields {
  const result = normalizeClaimReview(item);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.review;
}

const problems = (item: unknown) => {
  const result = normalizeClaimReview(item);
  return result.ok ? [] : result.problems;
};

const minimal = {
  "@type": "ClaimReview",
  url: "https://factdesk.example.org/checks/minimal",
  claimReviewed: "A minimal claim.",
  author: { "@type": "Organization", name: "Example Fact Desk" },
  reviewRating: { "@type": "Rating", alternateName: "False" },
};

describe("a ClaimReview as Google documents it", () => {
  it("fills every column and keeps the item as raw", () => {
    expect(review(single)).toEqual({
      url: "https://factdesk.example.org/checks/harbour-tunnel-cost",
      claimReviewed: "The harbour tunnel in Example City cost 40 million euros.",
      publisherName: "Example Fact Desk",
      publisherUrl: "https://factdesk.example.org/",
      ratingText: "Mostly false",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      datePublished: new Date("2024-03-05T00:00:00Z"),
      claimantName: "Example City Council",
      claimantType: "Organization",
      claimDate: new Date("2024-02-28T00:00:00Z"),
      appearanceUrls: ["https://news.example.com/2024/02/28/tunnel-budget"],
      language: "en",
      raw: single,
    });
  });

  it("needs only url, claimReviewed, a rating text and the publisher's name", () => {
    expect(review(minimal)).toMatchObject({
      ratingValue: null,
      bestRating: null,
      worstRating: null,
      datePublished: null,
      claimantName: null,
      claimantType: null,
      claimDate: null,
      appearanceUrls: [],
      language: null,
      publisherUrl: null,
    });
    const untyped: Record<string, unknown> = { ...minimal };
    delete untyped["@type"];
    expect(review(untyped).claimReviewed).toBe("A minimal claim.");
  });
});

describe("the shapes fact-checkers publish", () => {
  const [seawater, bridge, unemployment] = arrayOfReviews;

  it("reads a Person claimant, a time with an offset, firstAppearance before appearance and a Language object", () => {
    expect(review(seawater)).toMatchObject({
      claimantName: "Dr. Robin Example",
      claimantType: "Person",
      datePublished: new Date("2024-04-10T10:00:00Z"),
      claimDate: new Date("2024-04-01T07:30:00Z"),
      // The repeated address is kept once; an appearance without an address gives none.
      appearanceUrls: ["https://video.example.com/watch/abc123", "https://social.example.com/posts/987"],
      language: "en",
      // Only alternateName: the rating is text, without numbers.
      ratingText: "False",
      ratingValue: null,
      publisherUrl: "https://verify.example.net/",
    });
  });

  it("reads authors given as bare names and a rating named by `name` with numeric values", () => {
    expect(review(bridge)).toMatchObject({
      publisherName: "Sample Verify",
      publisherUrl: null,
      claimantName: "Example Tourism Board",
      claimantType: null,
      ratingText: "Pants on fire",
      ratingValue: 1,
      bestRating: 7,
      worstRating: 1,
      datePublished: new Date("2024-05-02T07:15:00Z"),
      claimDate: new Date("2024-04-29T00:00:00Z"),
    });
  });

  it("takes the first claimant of an array and the organisation among the review's authors", () => {
    expect(review(unemployment)).toMatchObject({
      claimantName: "Example Party",
      claimantType: "Organization",
      publisherName: "Demo Check Network",
      publisherUrl: "https://checks.example.com/",
      ratingValue: 3.5,
    });
  });

  it("resolves @id references inside a JSON-LD @graph and ignores its other nodes", () => {
    const items = flattenClaimReviewBody(graph);
    expect(items).toHaveLength(1);
    expect(review(items[0])).toMatchObject({
      publisherName: "Example Fact Desk",
      publisherUrl: "https://factdesk.example.org/",
      claimantName: "Councillor Jo Example",
      claimantType: "Person",
      ratingText: "Misleading",
      datePublished: new Date("2024-06-12T15:45:00Z"),
    });
  });

  it("reads schema.org's own prefixes, JSON-LD value objects and the older CreativeWork itemReviewed", () => {
    expect(
      review({
        ...minimal,
        "@type": "http://schema.org/ClaimReview",
        claimReviewed: { "@value": "Valeur avec langue.", "@language": "fr" },
        inLanguage: "fr-CA",
        itemReviewed: { "@type": "CreativeWork", url: "https://video.example.com/old", author: { "@type": "Person", name: "Old Style" } },
      }),
    ).toMatchObject({ claimReviewed: "Valeur avec langue.", language: "fr-CA", appearanceUrls: ["https://video.example.com/old"] });
  });
});

describe("what an item may not be", () => {
  it("names each missing required field", () => {
    expect(problems({ "@type": "ClaimReview" })).toEqual([
      "url is missing",
      "claimReviewed is missing",
      "reviewRating is missing",
      "author.name is missing (the publisher of the fact-check)",
    ]);
    expect(problems({ ...minimal, reviewRating: { "@type": "Rating", ratingValue: 1 } })).toEqual([
      'reviewRating.alternateName is missing (the rating as text, like "False")',
    ]);
    expect(problems({ ...minimal, author: { "@type": "Organization", url: "https://factdesk.example.org/" } })).toEqual([
      "author.name is missing",
    ]);
  });

  it("refuses addresses that are not absolute http(s)", () => {
    for (const url of ["/checks/x", "javascript:alert(1)", "ftp://example.org/x", "http:example.org", "https://", 42]) {
      expect(problems({ ...minimal, url })[0], String(url)).toMatch(/^url must be/);
    }
    expect(review({ ...minimal, url: "  HTTPS://FactDesk.Example.org/a b  " }).url).toBe("https://factdesk.example.org/a%20b");
  });

  it("strips HTML from text and refuses NUL bytes and over-long claims", () => {
    expect(review({ ...minimal, claimReviewed: "<p>Tax &amp; <em>spend</em></p><script>alert(1)</script>" }).claimReviewed).toBe(
      "Tax & spend",
    );
    expect(review({ ...minimal, claimReviewed: "Inflation is < 2% & falling" }).claimReviewed).toBe("Inflation is < 2% & falling");
    expect(problems({ ...minimal, claimReviewed: "a\u0000b" })).toEqual(["claimReviewed contains a NUL character (\\u0000)"]);
    expect(problems({ ...minimal, claimReviewed: "<b> </b>" })).toEqual(["claimReviewed is empty"]);
    expect(problems({ ...minimal, claimReviewed: "x".repeat(2001) })).toEqual(["claimReviewed is longer than 2,000 characters"]);
    expect(review({ ...minimal, claimReviewed: "x".repeat(2000) }).claimReviewed).toHaveLength(2000);
  });

  it("reports invalid dates, numbers and other types by field", () => {
    expect(
      problems({
        ...minimal,
        "@type": "NewsArticle",
      }),
    ).toEqual(['@type is "NewsArticle", not ClaimReview']);
    expect(
      problems({
        ...minimal,
        datePublished: "2024-02-30",
        reviewRating: { alternateName: "False", ratingValue: "three", bestRating: "5" },
        itemReviewed: {
          "@type": "Claim",
          datePublished: "05/03/2024",
          appearance: [{ url: "https://ok.example.com/" }, { url: "mailto:x@example.org" }],
        },
      }),
    ).toEqual([
      'reviewRating.ratingValue must be a number (like 1 or "1")',
      "datePublished is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z)",
      "itemReviewed.datePublished is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z)",
      "itemReviewed.appearance[1].url must be an absolute http(s) address",
    ]);
    expect(problems("text")).toEqual(["is not a JSON object (found text)"]);
    expect(problems([minimal])).toEqual(["is not a JSON object (found an array)"]);
    expect(problems({ "@type": "DataFeedItem" })).toEqual(["is a DataFeedItem without an item"]);
    expect(problems({ ...minimal, itemReviewed: "a claim" })).toEqual(["itemReviewed must be an object (a Claim)"]);
  });
});
