import { describe, expect, it } from "vitest";
import { anyLexemeQuery, candidateQuery, matchedWords } from "./ranking";

describe("anyLexemeQuery", () => {
  it("quotes every lexeme, so quotes, backslashes and operators stay text", () => {
    expect(anyLexemeQuery(["starlink", "o'brien", "a\\b", "!&|"])).toBe("'starlink' | 'o''brien' | 'a\\\\b' | '!&|'");
  });
});

describe("candidateQuery", () => {
  it("takes any rare lexeme, or two frequent ones together", () => {
    expect(candidateQuery(["starlink"], ["ukrain", "elon", "musk"])).toBe(
      "'starlink' | ('ukrain' & 'elon') | ('ukrain' & 'musk') | ('elon' & 'musk')",
    );
  });
  it("pairs at most the first frequent lexemes, and takes one frequent lexeme when that is all there is", () => {
    expect(candidateQuery([], ["a", "b", "c"], 2)).toBe("('a' & 'b')");
    expect(candidateQuery([], ["trump"])).toBe("'trump'");
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
