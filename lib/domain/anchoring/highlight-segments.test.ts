import { describe, expect, it } from "vitest";
import { highlightParagraphs } from "./highlight-segments";

describe("highlight segments", () => {
  const text = "Alpha beta gamma.\n\nDelta epsilon.";

  it("keeps unhighlighted paragraphs as one plain segment each", () => {
    const paragraphs = highlightParagraphs(text, []);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text))).toEqual([["Alpha beta gamma."], ["Delta epsilon."]]);
  });

  it("cuts overlapping claims so each piece knows every claim that covers it", () => {
    const [first] = highlightParagraphs(text, [
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 6, end: 16 },
    ]);
    expect(first!.segments).toEqual([
      { text: "Alpha ", start: 0, claimIds: ["a"] },
      { text: "beta", start: 6, claimIds: ["a", "b"] },
      { text: " gamma", start: 10, claimIds: ["b"] },
      { text: ".", start: 16, claimIds: [] },
    ]);
  });

  it("splits a claim that spans a paragraph break into both paragraphs", () => {
    const paragraphs = highlightParagraphs(text, [{ id: "x", start: 11, end: 24 }]);
    expect(paragraphs[0]!.segments.at(-1)).toEqual({ text: "gamma.", start: 11, claimIds: ["x"] });
    expect(paragraphs[1]!.segments[0]).toEqual({ text: "Delta", start: 19, claimIds: ["x"] });
  });
});
