import { describe, expect, it } from "vitest";
import { averagePrecisionAt, mean, recallAt } from "./retrieval-metrics";

describe("retrieval metrics", () => {
  it("scores average precision at 5 by the ranks of the relevant results", () => {
    expect(averagePrecisionAt(["a", "x", "b"], ["a", "b"])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecisionAt(["x", "a"], ["a"])).toBe(0.5);
    expect(averagePrecisionAt(["x", "y", "z", "w", "v", "a"], ["a"])).toBe(0);
  });
  it("scores recall at 5 and averages", () => {
    expect(recallAt(["a", "x"], ["a", "b"])).toBe(0.5);
    expect(mean([1, 0])).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});
