import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, highlightPieces, withoutSentinels } from "./highlight";

describe("highlightPieces", () => {
  it("splits ts_headline output into plain and marked pieces, keeping markup as text", () => {
    expect(highlightPieces(`The ${S}vaccines${E} <script>x</script> and ${S}autism${E}.`)).toEqual([
      { text: "The ", marked: false },
      { text: "vaccines", marked: true },
      { text: " <script>x</script> and ", marked: false },
      { text: "autism", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("joins neighbouring marks and ignores a stray closing sentinel", () => {
    expect(highlightPieces(`${S}Elon${E}${S} Musk${E}${E} said`)).toEqual([
      { text: "Elon Musk", marked: true },
      { text: " said", marked: false },
    ]);
    expect(highlightPieces("")).toEqual([]);
  });

  it("removes sentinels a user typed, so only ts_headline can mark words", () => {
    expect(withoutSentinels(`a${S}b${E}c`)).toBe("abc");
  });
});
