import { describe, expect, it } from "vitest";
import { scoreCheckWorthiness, scoreSentence } from "./score";
import { splitSentences } from "./sentences";

describe("sentences", () => {
  it("splits on sentence ends and line breaks, keeping abbreviations, decimals and offsets", () => {
    const text = "  The U.S. rate rose 3.5 percent in 2024. Is that right?\n\nBudget headline\nNext line.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "The U.S. rate rose 3.5 percent in 2024.",
      "Is that right?",
      "Budget headline",
      "Next line.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("sentences of hostile text", () => {
  it("finds none in runs of line breaks, and keeps offsets right across the pieces of a very long line", () => {
    expect(splitSentences("\u2028".repeat(5_000) + "\r".repeat(5_000) + "\n\n".repeat(5_000))).toEqual([]);
    const line = "The rate rose. ".repeat(400);
    const sentences = splitSentences(line);
    expect(sentences).toHaveLength(400);
    for (const s of sentences) expect(line.slice(s.start, s.end)).toBe("The rate rose.");
  });
});

describe("check-worthiness", () => {
  it("ranks a figure attributed to a named source above an opinion and a question", () => {
    const claim = scoreSentence("Unemployment in Ohio fell to 4.1 percent in March, the state statistics office said.");
    const opinion = scoreSentence("I think we should all be more hopeful about the future.");
    const question = scoreSentence("What are we going to do about it?");
    expect(claim.score).toBeGreaterThan(0.7);
    expect(claim.reasons).toEqual(expect.arrayContaining(["a number or figure", "a date or time", "an attribution (who said it)"]));
    expect(opinion.score).toBeLessThan(0.3);
    expect(opinion.reasons).toContain("an opinion or wish (I think, we should)");
    expect(question.score).toBeLessThan(0.2);
  });

  it("scores every sentence between 0 and 1 with its place in the text", () => {
    const text = "Thank you. Crime doubled since 2019 in Chicago.";
    const scored = scoreCheckWorthiness(text);
    expect(scored).toHaveLength(2);
    expect(scored[1]!.score).toBeGreaterThan(scored[0]!.score);
    for (const s of scored) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
