import { describe, expect, it } from "vitest";
import type { DiffRun } from "../anchoring/text-diff";
import { diffRevisionTexts } from "./revision-diff";

const joined = (runs: DiffRun[], side: "old" | "new") =>
  runs
    .filter((run) => run.kind !== (side === "old" ? "added" : "removed"))
    .map((run) => run.text)
    .join("");

/** Pseudo-random words, so that two seeds give unrelated texts. */
function randomText(words: number, seed: number) {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(`w${state % 5_000}${i % 80 === 79 ? "\n\n" : " "}`);
  }
  return out.join("").trim();
}

describe("the diff between two revisions", () => {
  it("is word by word for an ordinary edit", () => {
    const { runs, precision } = diffRevisionTexts("The bridge cost 40 million.", "The bridge cost 45 million.");
    expect(precision).toBe("word");
    expect(runs.filter((run) => run.kind !== "same")).toEqual([
      { kind: "removed", text: "40" },
      { kind: "added", text: "45" },
    ]);
  });

  it("gives up on words for two unrelated 100,000-character texts quickly, and still spells out both", () => {
    const oldText = randomText(15_000, 1);
    const newText = `${oldText.slice(0, 2_000)}${randomText(15_000, 2)}`;
    expect(oldText.length).toBeGreaterThan(85_000);
    const started = performance.now();
    const { runs, precision } = diffRevisionTexts(oldText, newText);
    // An unbounded word diff takes ~20 s here.
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(precision).not.toBe("word");
    expect(joined(runs, "old")).toBe(oldText);
    expect(joined(runs, "new")).toBe(newText);
  });

  it("replaces the whole text when not even paragraphs line up", () => {
    const oldText = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join("\n\n");
    const newText = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join("\n\n");
    const { runs, precision } = diffRevisionTexts(oldText, newText);
    expect(precision).toBe("whole");
    expect(runs).toEqual([
      { kind: "removed", text: oldText },
      { kind: "added", text: newText },
    ]);
  });
});
