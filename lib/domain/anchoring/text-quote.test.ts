import { describe, expect, it } from "vitest";
import { readSampleArticle } from "@/seeds/sample-fact-check";
import { anchorQuote, CONTEXT_LENGTH, describeRange } from "./text-quote";

describe("text anchors", () => {
  const text = "The cat sat. The cat ran. The dog sat.";

  it("describes a range with its quote and 32 characters of context on each side", () => {
    const long = `${"a".repeat(40)}QUOTE${"b".repeat(40)}`;
    const anchor = describeRange(long, 40, 45);
    expect(anchor).toEqual({ exact: "QUOTE", prefix: "a".repeat(CONTEXT_LENGTH), suffix: "b".repeat(CONTEXT_LENGTH), start: 40, end: 45 });
  });

  it("keeps short context at the edges of the text", () => {
    expect(describeRange(text, 0, 3)).toMatchObject({ exact: "The", prefix: "", suffix: " cat sat. The cat ran. The dog s" });
  });

  it("refuses empty and out-of-bounds ranges", () => {
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, -1, 3)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
  });

  it("picks the occurrence whose prefix matches when a quote repeats", () => {
    expect(anchorQuote(text, "The cat")?.start).toBe(0);
    expect(anchorQuote(text, "The cat", "The cat sat. ")?.start).toBe(13);
    expect(anchorQuote(text, "The bird")).toBeNull();
  });

  it("anchors quotes in the shipped sample article, curly quotes and all", () => {
    const { plainText } = readSampleArticle();
    const anchor = anchorQuote(plainText, "she is so afraid of the cartels that she can’t even think straight");
    expect(anchor).not.toBeNull();
    expect(plainText.slice(anchor!.start, anchor!.end)).toBe(anchor!.exact);
    expect(anchor!.prefix).toBe("f Mexico is a lovely woman, but ");
    expect(plainText.slice(anchor!.start, anchor!.end)).toBe(anchor!.exact);
  });
});
