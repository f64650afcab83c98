import { describe, expect, it } from "vitest";
import { diffTexts } from "./text-diff";

describe("the diff between two texts", () => {
  it("marks a rewritten stretch as one deletion and one insertion, not word-by-word alternation", () => {
    const before = "Residents asked about the tunnel. The tunnel will open in May, the engineer said.\n\nNext.";
    const after = "Residents asked about the tunnel, which the council expects to open in June.\n\nNext.";
    const changed = diffTexts(before, after).filter((run) => run.kind !== "same");
    expect(changed.length).toBeLessThanOrEqual(4);
    expect(changed.some((run) => run.kind === "removed" && run.text.includes("The tunnel will"))).toBe(true);
  });

  it("shows a rewritten sentence as one deletion and one insertion, not fragments around filler words", () => {
    const before =
      "The mayor added that the new bridge would open in spring, and that the statistic excludes part-time workers and those who stopped looking for work since March.";
    const after = "The mayor added something else entirely about the harbour clock, which has been stopped since March.";
    expect(diffTexts(before, after).map((run) => run.kind)).toEqual(["same", "removed", "added", "same"]);
  });

  it("keeps a long insertion in an unchanged sentence as one insertion between kept words", () => {
    const inserted = "x ".repeat(10_000);
    expect(diffTexts("Start. End.", `Start. ${inserted}End.`)).toEqual([
      { kind: "same", text: "Start. " },
      { kind: "added", text: inserted },
      { kind: "same", text: "End." },
    ]);
  });
});
