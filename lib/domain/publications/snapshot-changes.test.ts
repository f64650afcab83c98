import { describe, expect, it } from "vitest";
import type { PublicationSnapshot } from "../../schemas/publication";
import { snapshotClaim as claim, snapshotOf as snapshot } from "../../testing/snapshot-fixture";
import { comparePublications, stampClaimDates } from "./snapshot-changes";

const source = {
  url: "https://www.federalregister.gov/d/2025-02089",
  title: "EO 14167",
  publisher: null,
  quote: null,
  accessedAt: null,
  archiveUrl: null,
  kind: "PRIMARY" as const,
};
const june = (day: number) => new Date(`2025-06-${String(day).padStart(2, "0")}T00:00:00.000Z`);
/** Publications as the database keeps them, oldest first. */
const history = (...snapshots: PublicationSnapshot[]) => snapshots.map((s, index) => ({ snapshot: s, publishedAt: june(index + 1) }));

describe("what a new publication changes", () => {
  it("finds nothing when every public field is the same, even if reviewers and presentation differ", () => {
    const before = snapshot([claim({ sources: [source] })]);
    const after = snapshot([
      claim({
        sources: [source],
        reviewers: [{ name: "Rita", approvedAt: "2025-06-01T00:00:00Z" }],
        rating: { ...claim().rating, color: "#000000" },
      }),
    ]);
    expect(comparePublications(history(before), after)).toMatchObject({ corrections: [], added: [], unchanged: true });
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
    const result = comparePublications(history(snapshot([claim()])), snapshot([claim(change)]));
    expect(result.corrections).toEqual([{ claimId: "c1", claim: claim().text, fields: [field], withdrawn: false }]);
    expect(result.unchanged).toBe(false);
  });

  it("counts a withdrawn claim as a correction and a new one as an addition", () => {
    const result = comparePublications(history(snapshot([claim({ id: "a" })])), snapshot([claim({ id: "b" })]));
    expect(result.corrections).toEqual([expect.objectContaining({ claimId: "a", withdrawn: true })]);
    expect(result.added).toEqual(["b"]);
  });

  it("compares a claim that was withdrawn and comes back with what readers last saw of it", () => {
    const published = history(snapshot([claim({ id: "a" }), claim({ id: "b" })]), snapshot([claim({ id: "b" })]));
    const flipped = snapshot([claim({ id: "a", rating: { ...claim().rating, label: "False", value: 2 } }), claim({ id: "b" })]);
    expect(comparePublications(published, flipped)).toMatchObject({
      corrections: [{ claimId: "a", fields: ["rating"], withdrawn: false }],
      added: [],
    });
    const dated = stampClaimDates(published, flipped, june(9)).claims.find((c) => c.id === "a")!;
    expect([dated.firstPublishedAt, dated.modifiedAt]).toEqual([june(1).toISOString(), june(9).toISOString()]);
  });
});

describe("each claim's own dates", () => {
  it("keeps them while the claim is unchanged and moves dateModified when it changes, also for early publications without dates", () => {
    const first = snapshot([claim({ id: "a" }), claim({ id: "b" })]);
    const second = stampClaimDates(
      history(first),
      snapshot([claim({ id: "a" }), claim({ id: "b", summary: "Changed." }), claim({ id: "c" })]),
      june(9),
    );
    expect(second.claims.map((c) => [c.id, c.firstPublishedAt, c.modifiedAt])).toEqual([
      ["a", june(1).toISOString(), june(1).toISOString()],
      ["b", june(1).toISOString(), june(9).toISOString()],
      ["c", june(9).toISOString(), june(9).toISOString()],
    ]);
  });
});
