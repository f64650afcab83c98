import { describe, expect, it } from "vitest";
import { bulkOutcomeMessage } from "./bulk-outcome";

const done = (n: number) => Array.from({ length: n }, (_, i) => ({ claimId: `c${i}`, text: `Claim ${i}` }));

describe("bulk outcome message", () => {
  it("says how many were done and how many refused", () => {
    const refused = [{ claimId: "x", text: "X", reason: "Changed since you selected it." }];
    expect(
      bulkOutcomeMessage({ kind: "assign", assigneeName: "Elena Editor" }, { done: done(12), refused: [...refused, ...refused] }),
    ).toBe("12 claims assigned to Elena Editor; 2 refused: see the reasons below.");
    expect(bulkOutcomeMessage({ kind: "assign", assigneeName: null }, { done: done(1), refused })).toBe(
      "1 claim unassigned; 1 refused: see the reason below.",
    );
  });

  it("names each action", () => {
    const outcome = { done: done(3), refused: [] };
    expect(bulkOutcomeMessage({ kind: "due", day: "2026-12-01" }, outcome)).toBe("3 claims due 2026-12-01.");
    expect(bulkOutcomeMessage({ kind: "due", day: null }, outcome)).toBe("3 claims cleared of their due date.");
    expect(bulkOutcomeMessage({ kind: "priority", priority: "URGENT" }, outcome)).toBe("3 claims set to urgent priority.");
    expect(bulkOutcomeMessage({ kind: "state", transition: "submit" }, outcome)).toBe("3 claims submitted for review.");
  });
});
