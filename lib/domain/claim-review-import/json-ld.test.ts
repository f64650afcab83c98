import { describe, expect, it } from "vitest";
import { flattenClaimReviewBody } from "./flatten-body";

describe("references in a @graph", () => {
  it("are embedded, but a large node referenced thousands of times is not copied thousands of times", () => {
    const big = { "@id": "#big", "@type": "Thing", description: "x".repeat(500_000) };
    const review = (i: number) => ({
      "@id": `#review-${i}`,
      "@type": "ClaimReview",
      url: `https://factcheck.example.org/${i}`,
      claimReviewed: "An example claim",
      reviewRating: { alternateName: "False" },
      author: { "@id": "#desk" },
      mentions: Array.from({ length: 1_000 }, () => ({ "@id": "#big" })),
    });
    const items = flattenClaimReviewBody({
      "@graph": [
        big,
        { "@id": "#desk", "@type": "Organization", name: "Example Fact Desk" },
        ...Array.from({ length: 5 }, (_, i) => review(i)),
      ],
    });
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ author: { name: "Example Fact Desk" } });
    // 5 × 1,000 references to 500,000 characters would be 2.5 billion; the request's budget stops it near one million.
    expect(JSON.stringify(items).length).toBeLessThan(2_000_000);
  });
});
