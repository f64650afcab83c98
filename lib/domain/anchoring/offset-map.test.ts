import { describe, expect, it } from "vitest";
import { readSampleArticle } from "@/seeds/sample-fact-check";
import { buildOffsetMap, type TextRun } from "./offset-map";
import { anchorQuote } from "./text-quote";

// Text runs the way ProseMirror numbers them: each paragraph opens with one token, so the first
// character of the first paragraph is at position 1 and every following block adds two tokens.
function paragraphRuns(paragraphs: string[]): TextRun[] {
  const runs: TextRun[] = [];
  let pos = 1;
  for (const text of paragraphs) {
    runs.push({ pos, text });
    pos += text.length + 2;
  }
  return runs;
}

const sliceRuns = (runs: TextRun[], from: number, to: number) =>
  runs.map((run) => run.text.slice(Math.max(0, from - run.pos), Math.max(0, to - run.pos))).join("");

describe("canonical offsets ↔ editor positions", () => {
  it("maps across paragraph breaks", () => {
    const runs = paragraphRuns(["Alpha beta.", "Gamma delta."]);
    const map = buildOffsetMap("Alpha beta.\n\nGamma delta.", runs);
    expect(map.toPos(0)).toBe(1);
    expect(map.toPos(13)).toBe(14); // "G": 1 + 11 + 2
    expect(map.toOffset(14)).toBe(13);
    expect(map.rangeToPos(6, 18)).toEqual({ from: 7, to: 19 });
  });

  it("tolerates white space that only one side has: folded spaces, no-break spaces, table cells", () => {
    const runs: TextRun[] = [
      { pos: 1, text: "Troops\u00a0 deployed" },
      { pos: 30, text: "Year" },
      { pos: 40, text: "2025" },
    ];
    const map = buildOffsetMap("Troops deployed\n\nYear 2025", runs);
    expect(map.rangeToPos(7, 15)).toEqual({ from: 9, to: 17 }); // "deployed"
    expect(map.rangeToPos(17, 26)).toEqual({ from: 30, to: 44 }); // "Year 2025" spans two cells
  });

  it("round-trips every claim of the sample article", () => {
    const { paragraphs, plainText } = readSampleArticle();
    const runs = paragraphRuns(paragraphs);
    const map = buildOffsetMap(plainText, runs);
    for (const quote of [
      "she is so afraid of the cartels that she can’t even think straight",
      "In February, Trump designated many gangs",
    ]) {
      const anchor = anchorQuote(plainText, quote)!;
      const { from, to } = map.rangeToPos(anchor.start, anchor.end);
      expect(sliceRuns(runs, from, to)).toBe(quote);
      expect(map.toOffset(from)).toBe(anchor.start);
      expect(map.toOffset(to - 1) + 1).toBe(anchor.end);
    }
  });

  it("clamps at the ends of the text", () => {
    const map = buildOffsetMap("Hi.", [{ pos: 1, text: "Hi." }]);
    expect(map.toPos(3)).toBe(4);
    expect(map.toOffset(99)).toBe(3);
    expect(map.rangeToPos(0, 3)).toEqual({ from: 1, to: 4 });
  });
});
