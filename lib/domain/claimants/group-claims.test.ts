import { describe, expect, it } from "vitest";
import { groupRepeatedClaims } from "./group-claims";

describe("repeated claims on a claimant's record", () => {
  it("groups the same claim worded differently, and keeps different claims apart", () => {
    const claims = [
      { id: 1, text: "Sheinbaum turned down U.S. troops because she is afraid of the cartels." },
      { id: 2, text: "Sheinbaum is afraid of the cartels, so she turned down U.S. troops." },
      { id: 3, text: "In January 2025 Trump issued an order to increase the military's role at the border." },
    ];
    expect(groupRepeatedClaims(claims).map((group) => group.map((claim) => claim.id))).toEqual([[1, 2], [3]]);
  });
});
