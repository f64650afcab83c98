import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS } from "./features";
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

describe("the learned check-worthiness model", () => {
  it("puts a dated figure above an opinion phrased as a question, and says why in plain words", () => {
    const claim = scoreSentence("Unemployment fell to 3.5 percent in 2019, the lowest in 50 years.");
    const opinion = scoreSentence("I think we should all be kinder, don't you?");
    expect(claim.score).toBeGreaterThan(opinion.score + 0.5);
    expect(claim.reasons).toEqual(expect.arrayContaining(["a number or figure", "a percentage or amount", "a date or time"]));
    expect(claim.reasons).toContainEqual(expect.stringMatching(/^words common in checkable claims \(.*“unemployment”/));
    expect(opinion.reasons).toEqual(expect.arrayContaining(["an opinion or wish (I think, we should)", "a question"]));
    for (const reason of [...claim.reasons, ...opinion.reasons]) {
      // Readable: sentences of words, never the model's own tokens.
      expect(reason).toMatch(/^[a-z][\p{L} ,'’()“”]+$/u);
      expect(reason).not.toMatch(/<num>|<year>|<s>/);
    }
  });

  it("lowers hedged sentences and names the hedge", () => {
    const plain = scoreSentence("The factory closed and 400 workers lost their jobs.");
    const hedged = scoreSentence("The factory may close and perhaps 400 workers might lose their jobs.");
    expect(hedged.score).toBeLessThan(plain.score);
    expect(hedged.reasons).toContain("hedged (may, might, perhaps)");
  });

  it("scores any text between 0 and 1, the same way every time, and a very long sentence by its beginning", () => {
    const texts = [
      "",
      "?",
      "$$$ %%% 1999 2024 3.5",
      "constructor __proto__ toString hasOwnProperty",
      "THE SENATE PASSED THE BILL 51 TO 49 IN 2017.",
      "Ça coûte 3 millions d’euros, a dit le maire.",
    ];
    for (const text of texts) {
      const first = scoreSentence(text);
      expect(first.score).toBeGreaterThanOrEqual(0);
      expect(first.score).toBeLessThanOrEqual(1);
      expect(scoreSentence(text)).toEqual(first);
    }
    // Past the cap, even a figure-laden ending no longer counts.
    const opening = "we should all work together ".repeat(80);
    const ending = "and the deficit rose by 3 percent in 2019, the highest since 1946, the budget office said.";
    expect(opening.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(scoreSentence(opening + ending)).toEqual(scoreSentence(opening));
    expect(scoreSentence(opening.slice(0, 200) + ending).score).toBeGreaterThan(scoreSentence(opening).score + 0.3);
  });
});
