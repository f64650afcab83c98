import { describe, expect, it } from "vitest";
import { describeClaimEvent } from "./describe-event";

describe("audit events in words", () => {
  it("names changed fields, shows readable values before and after, and never shows ids", () => {
    const described = describeClaimEvent("update", {
      summary: { before: "", after: "It cost 55 million." },
      ratingId: { before: null, after: "cm_rating_1" },
      state: { before: "APPROVED", after: "DRAFT" },
      version: { before: 3, after: 4 },
    });
    expect(described.summary).toBe("changed summary, rating");
    expect(described.details).toEqual(["summary: (empty) → “It cost 55 million.”", "state: Approved → Draft"]);
    expect(JSON.stringify(described)).not.toContain("cm_rating_1");
  });

  it("tells workflow steps, sources and reasons apart", () => {
    expect(describeClaimEvent("add-source", { sources: { before: null, after: { title: "EO 14167", url: null } } }).summary).toBe(
      "added a source “EO 14167”",
    );
    expect(
      describeClaimEvent("request-changes", { reason: "Cite the table.", state: { before: "IN_REVIEW", after: "CHANGES_REQUESTED" } }),
    ).toEqual({
      summary: "requested changes",
      details: ["reason: “Cite the table.”", "state: In review → Changes requested"],
    });
    expect(describeClaimEvent("approve", { approvals: "1 of 2", state: { before: "IN_REVIEW", after: "IN_REVIEW" } }).summary).toBe(
      "approved the verdict (1 of 2 approvals)",
    );
  });
});
