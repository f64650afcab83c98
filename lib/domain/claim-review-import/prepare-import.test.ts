import { describe, expect, it } from "vitest";
import dataFeed from "./fixtures/data-feed.json";
import malformed from "./fixtures/malformed-among-good.json";
import single from "./fixtures/single-claim-review.json";
import arrayOfReviews from "./fixtures/array-of-claim-reviews.json";
import graph from "./fixtures/json-ld-graph.json";
import { flattenClaimReviewBody } from "./flatten-body";
import { prepareClaimReviewImport } from "./prepare-import";

const prepare = (body: unknown) => prepareClaimReviewImport(flattenClaimReviewBody(body));

describe("the body of an import, flattened", () => {
  it("takes one ClaimReview, an array, a @graph, or arrays of JSON-LD documents", () => {
    expect(flattenClaimReviewBody(single)).toHaveLength(1);
    expect(flattenClaimReviewBody(arrayOfReviews)).toHaveLength(3);
    expect(flattenClaimReviewBody(graph)).toHaveLength(1);
    expect(flattenClaimReviewBody([single, graph, [arrayOfReviews[0]]])).toHaveLength(3);
    expect(flattenClaimReviewBody({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }] })).toEqual([]);
  });

  it("takes a DataFeed of DataFeedItems (one item or several) and of ClaimReviews, in order", () => {
    const prepared = prepare(dataFeed);
    expect(prepared.itemCount).toBe(4);
    expect(prepared.reviews.map(({ index, review }) => [index, review.claimReviewed])).toEqual([
      [0, "Every school in Example County serves free lunches."],
      [1, "May was the wettest month ever recorded in Example City."],
      [2, "It rained on every day of May in Example City."],
    ]);
    expect(prepared.errors).toEqual([{ index: 3, message: "item 3: reviewRating is missing" }]);
  });

  it("reports an empty DataFeedItem and an element that is no object, and reads a DataFeed inside a @graph", () => {
    const feed = {
      "@type": "DataFeed",
      dataFeedElement: [{ "@type": "DataFeedItem" }, ...dataFeed.dataFeedElement.slice(0, 1), "a note", null],
    };
    expect(prepare(feed).errors).toEqual([
      { index: 0, message: "item 0: is a DataFeedItem without an item" },
      { index: 2, message: "item 2: is not a JSON object (found text)" },
      { index: 3, message: "item 3: is not a JSON object (found null)" },
    ]);
    expect(flattenClaimReviewBody({ "@graph": [{ "@type": "Organization" }, dataFeed] })).toHaveLength(4);
  });
});

describe("malformed items among good ones", () => {
  it("keeps the good ones and reports every bad one by its index with all its problems", () => {
    const prepared = prepare(malformed);
    expect(prepared.reviews).toHaveLength(1);
    expect(prepared.reviews[0]!.review).toMatchObject({
      claimReviewed: "The city planted 10,000 trees in the park & the square.",
      publisherName: "Example Fact Desk",
      ratingText: "Mostly true",
    });
    expect(prepared.errors).toEqual([
      { index: 1, message: "item 1: claimReviewed is missing" },
      {
        index: 2,
        message:
          'item 2: url must be an absolute http(s) address; reviewRating.ratingValue must be a number (like 1 or "1"); datePublished is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z)',
      },
      { index: 3, message: "item 3: author must be an Organization or a name" },
      { index: 4, message: 'item 4: @type is "NewsArticle", not ClaimReview' },
      {
        index: 5,
        message:
          'item 5: url must be an absolute http(s) address; reviewRating.alternateName is missing (the rating as text, like "False"); author.name is missing (the publisher of the fact-check)',
      },
      {
        index: 6,
        message:
          "item 6: datePublished is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z); itemReviewed.datePublished is not a valid date (use 2024-03-05 or 2024-03-05T10:00:00Z); itemReviewed.appearance.url must be an absolute http(s) address",
      },
    ]);
  });
});

describe("the same fact-check twice in one request", () => {
  it("skips an identical repeat and reports a different one, naming the item kept", () => {
    const changed = { ...single, reviewRating: { ...single.reviewRating, alternateName: "False" } };
    const prepared = prepare([single, single, changed]);
    expect(prepared.reviews.map(({ index }) => index)).toEqual([0]);
    expect(prepared.repeats).toBe(1);
    expect(prepared.errors).toEqual([
      { index: 2, message: "item 2: repeats the url and claimReviewed of item 0 with different content; item 0 is the one kept" },
    ]);
  });

  it("treats the same claim on the same page as one, whatever the key order or the HTML around it", () => {
    const reordered = Object.fromEntries(Object.entries(single).reverse());
    expect(prepare([single, reordered]).repeats).toBe(1);
  });
});
