// The similar-claims ranking's parameters and its pure parts: BM25 (Robertson's saturation and
// length normalisation) over the lexemes Postgres stores for each fact-check, with the fields
// weighted as BM25F does, and the words of the post that explain each match.

/** Term-frequency saturation: a word said twice counts a bit more than once, not twice as much. */
export const K1 = 1.2;
/** Length normalisation: a long text that mentions a word is less about it than a short one. */
export const B = 0.75;
/** Field weights (tsvector weight letters): the claim itself, then the fact-check's headline or the claim's quote, then the claimant. */
export const FIELD_WEIGHTS = { A: 1, B: 0.5, C: 0.3, D: 0.1 } as const;
/** How much spelling alike (pg_trgm word similarity of the claim within the post) adds to the word score. */
export const TRIGRAM_WEIGHT = 0.5;

export type QueryWord = { word: string; lexemes: string[] };

/** A tsquery matching any of `lexemes` (each quoted as a lexeme, so no operator in it counts). */
export function anyLexemeQuery(lexemes: string[]): string {
  return lexemes.map(quote).join(" | ");
}

const quote = (lexeme: string) => `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/**
 * The candidates' tsquery: a fact-check shares one of the post's rarer lexemes, or two of its
 * frequent ones (one common word in common is no reason to read a fact-check). At most
 * `maxFrequent` frequent lexemes are paired, the rarest first.
 */
export function candidateQuery(rare: string[], frequent: string[], maxFrequent = 8): string {
  const kept = frequent.slice(0, maxFrequent);
  const pairs = kept.flatMap((first, index) => kept.slice(index + 1).map((second) => `(${quote(first)} & ${quote(second)})`));
  const parts = [...rare.map(quote), ...pairs];
  return parts.length ? parts.join(" | ") : frequent.map(quote).join(" | ");
}

/** The post's words whose lexemes a fact-check matched, in the post's order. */
export function matchedWords(words: QueryWord[], matchedLexemes: Iterable<string>): string[] {
  const matched = new Set(matchedLexemes);
  return words.filter((word) => word.lexemes.some((lexeme) => matched.has(lexeme))).map((word) => word.word);
}
