import { describe, expect, it } from "vitest";
import { describeClaimEvent } from "./describe-event";

describe("audit events in words", () => {
  it("shows every changed field before and after, rating, claimant and explanation included", () => {
    const described = describeClaimEvent("update", {
      summary: { before: null, after: "It cost 55 million." },
      rating: { before: "True", after: "False" },
      claimant: { before: null, after: "Claudia Sheinbaum" },
      explanation: { before: "Old reasons.", after: "The audit says 55 million." },
      state: { before: "APPROVED", after: "DRAFT" },
      version: { before: 3, after: 4 },
    });
    expect(described.summary).toBe("changed claimant, rating, summary, explanation");
    expect(described.details).toEqual([
      "claimant: (empty) → “Claudia Sheinbaum”",
      "rating: “True” → “False”",
      "summary: (empty) → “It cost 55 million.”",
      "explanation: “Old reasons.” → “The audit says 55 million.”",
      "state: Approved → Draft",
    ]);
  });

  it("names the fields of events written before they were typed, never showing ids", () => {
    const described = describeClaimEvent("update", { ratingId: { before: null, after: "cm_rating_1" }, version: { before: 1, after: 2 } });
    expect(described.summary).toBe("changed rating");
    expect(JSON.stringify(described)).not.toContain("cm_rating_1");
  });

  it("tells workflow steps, sources and reasons apart", () => {
    expect(
      describeClaimEvent("add-source", {
        sources: { before: null, after: { title: "EO 14167", url: null } },
        version: { before: 1, after: 2 },
      }).summary,
    ).toBe("added a source “EO 14167”");
    expect(
      describeClaimEvent("request-changes", {
        reason: "Cite the table.",
        state: { before: "IN_REVIEW", after: "CHANGES_REQUESTED" },
        version: { before: 4, after: 5 },
      }),
    ).toEqual({
      summary: "requested changes",
      details: ["reason: “Cite the table.”", "state: In review → Changes requested"],
    });
    expect(describeClaimEvent("approve", { approvals: "1 of 2", version: { before: 5, after: 6 } }).summary).toBe(
      "approved the verdict (1 of 2 approvals)",
    );
  });
});
