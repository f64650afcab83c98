import { describe, expect, it } from "vitest";
import { snapshotClaim as claim, snapshotOf as snapshot } from "../../testing/snapshot-fixture";
import { comparePublications, stampClaimDates } from "./snapshot-changes";

const source = { url: "https://www.federalregister.gov/d/2025-02089", title: "EO 14167", publisher: null, quote: null, accessedAt: null, archiveUrl: null, kind: "PRIMARY" as const };

describe("what a new publication changes", () => {
  it("finds nothing when every public field is the same, even if reviewers and presentation differ", () => {
    const before = snapshot([claim({ sources: [source] })]);
    const after = snapshot([claim({ sources: [source], reviewers: [{ name: "Rita", approvedAt: "2025-06-01T00:00:00Z" }], rating: { ...claim().rating, color: "#000000" } })]);
    expect(comparePublications(before, after)).toMatchObject({ corrections: [], added: [], unchanged: true });
  });

  it.each([
    ["claim", { text: "Troops are not needed." }],
    ["claimant", { claimant: null }],
    ["date said", { dateSaid: "2025-05-05T12:00:00.000Z" }],
    ["appearance URL", { appearanceUrl: "https://example.org/other" }],
    ["rating", { rating: { ...claim().rating, label: "False", value: 2 } }],
    ["summary", { summary: "New summary." }],
    ["explanation", { explanation: { type: "doc" as const, content: [{ type: "paragraph" as const }] } }],
    ["sources", { sources: [source] }],
  ])("counts a changed %s as a correction", (field, change) => {
    const result = comparePublications(snapshot([claim()]), snapshot([claim(change)]));
    expect(result.corrections).toEqual([{ claimId: "c1", claim: claim().text, fields: [field], withdrawn: false }]);
    expect(result.unchanged).toBe(false);
  });

  it("counts a withdrawn claim as a correction and a new one as an addition", () => {
    const result = comparePublications(snapshot([claim({ id: "a" })]), snapshot([claim({ id: "b" })]));
    expect(result.corrections).toEqual([expect.objectContaining({ claimId: "a", withdrawn: true })]);
    expect(result.added).toEqual(["b"]);
  });
});

describe("each claim's own dates", () => {
  const june1 = new Date("2025-06-01T00:00:00.000Z");
  const june9 = new Date("2025-06-09T00:00:00.000Z");
  it("keeps them while the claim is unchanged and moves dateModified when it changes", () => {
    const first = stampClaimDates(null, snapshot([claim({ id: "a" }), claim({ id: "b" })]), june1, null);
    expect(first.claims.map((c) => [c.firstPublishedAt, c.modifiedAt])).toEqual([[june1.toISOString(), june1.toISOString()], [june1.toISOString(), june1.toISOString()]]);
    const second = stampClaimDates(first, snapshot([claim({ id: "a" }), claim({ id: "b", summary: "Changed." }), claim({ id: "c" })]), june9, null);
    expect(second.claims.map((c) => [c.id, c.firstPublishedAt, c.modifiedAt])).toEqual([
      ["a", june1.toISOString(), june1.toISOString()],
      ["b", june1.toISOString(), june9.toISOString()],
      ["c", june9.toISOString(), june9.toISOString()],
    ]);
  });
});
