import { describe, expect, it } from "vitest";
import { nextSentenceBoundary, nextWordBoundary, sentenceAt } from "./segments";

const text = "Trump said troops are needed. Sheinbaum refused the offer!\n\nCartels were designated in February.";
const slice = (range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe("sentences and words for keyboard selection", () => {
  it("finds the sentence at the caret, without the space after it", () => {
    expect(slice(sentenceAt(text, 5))).toBe("Trump said troops are needed.");
    expect(slice(sentenceAt(text, text.indexOf("refused")))).toBe("Sheinbaum refused the offer!");
    expect(slice(sentenceAt(text, text.indexOf("February")))).toBe("Cartels were designated in February.");
  });

  it("extends by a sentence forward and back, across paragraphs", () => {
    const first = sentenceAt(text, 0)!;
    const second = nextSentenceBoundary(text, first.end, 1);
    expect(text.slice(0, second)).toBe("Trump said troops are needed. Sheinbaum refused the offer!");
    expect(text.slice(0, nextSentenceBoundary(text, second, 1))).toMatch(/in February\.$/);
    expect(nextSentenceBoundary(text, second, -1)).toBe(text.indexOf("Sheinbaum"));
  });

  it("extends by a word, skipping spaces and punctuation", () => {
    expect(text.slice(0, nextWordBoundary(text, 0, 1))).toBe("Trump");
    expect(text.slice(0, nextWordBoundary(text, 5, 1))).toBe("Trump said");
    expect(nextWordBoundary(text, 10, -1)).toBe(6);
  });

  it("segments in the article's language, and survives an unknown language tag", () => {
    expect(sentenceAt("Dijo que no. Luego sí.", 14, "es")).toEqual({ start: 13, end: 22 });
    expect(sentenceAt("One. Two.", 0, "not a language!!")).toEqual({ start: 0, end: 4 });
  });
});
