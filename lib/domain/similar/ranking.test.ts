import { describe, expect, it } from "vitest";
import { anyLexemeQuery, matchedWords } from "./ranking";

describe("anyLexemeQuery", () => {
  it("quotes every lexeme, so quotes, backslashes and operators stay text", () => {
    expect(anyLexemeQuery(["starlink", "o'brien", "a\\b", "!&|"])).toBe("'starlink' | 'o''brien' | 'a\\\\b' | '!&|'");
  });
});

describe("matchedWords", () => {
  it("names the words of the post behind the matched lexemes, in the post's order", () => {
    const words = [
      { word: "Elon", lexemes: ["elon"] },
      { word: "activated", lexemes: ["activ", "activated"] },
      { word: "the", lexemes: [] },
      { word: "Starlink", lexemes: ["starlink"] },
    ];
    expect(matchedWords(words, ["starlink", "activ"])).toEqual(["activated", "Starlink"]);
    expect(matchedWords(words, [])).toEqual([]);
  });
});
