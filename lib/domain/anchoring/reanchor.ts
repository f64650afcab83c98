// Re-anchoring: where a claim's quote is in a new revision of its article (DESIGN.md "Articles
// change"). In order: the place the diff between the revisions maps it to, if the quote is still
// there; the exact quote elsewhere, prefix and suffix deciding between repeats; then an approximate
// match of the quote (Myers' bit-parallel matcher, approx-string-match) near the mapped place and,
// failing that, anywhere — scored on quote similarity, context and position, as Hypothesis'
// match-quote.ts does. Nothing weak or ambiguous is attached: those claims are orphaned, with the
// best candidates kept for a person to choose from.
import search from "approx-string-match";
import { type DiffRun, diffTexts, offsetMapper } from "./text-diff";

type OffsetMap = ReturnType<typeof offsetMapper>;
import { CONTEXT_LENGTH, describeRange, type TextAnchor } from "./text-quote";

export type Candidate = { start: number; end: number; exact: string; similarity: number; score: number };
export type Reanchored =
  | { status: "ANCHORED"; anchor: TextAnchor }
  | { status: "MOVED"; anchor: TextAnchor; similarity: number }
  | { status: "ORPHANED"; candidates: Candidate[] };

/** A quote this similar (1 − edits / length) to the old one is the same words, lightly edited. */
export const MOVED_SIMILARITY = 0.75;
/** Below this, a place is not even offered as a candidate. */
const CANDIDATE_SIMILARITY = 0.5;
/** Two places whose scores are this close are equally good: a person decides. */
const AMBIGUITY_MARGIN = 0.03;
/** Short quotes found away from their place must bring some of their context along. */
const SHORT_QUOTE = 20;
const MAX_CANDIDATES = 3;
/** Distinct places examined per search, best first. */
const MAX_SEARCH_RESULTS = 12;
/** Above this length a quote's similarity is the matcher's error count, not an edit distance. */
const LONG_QUOTE = 600;

const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** How well the text around [start, end) matches the anchor's prefix and suffix, 0..1 each. */
function contextScores(text: string, anchor: TextAnchor, start: number, end: number) {
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = text.slice(end, end + CONTEXT_LENGTH);
  return {
    prefix: anchor.prefix ? commonSuffix(anchor.prefix, before) / anchor.prefix.length : before ? 0.5 : 1,
    suffix: anchor.suffix ? commonPrefix(anchor.suffix, after) / anchor.suffix.length : after ? 0.5 : 1,
  };
}

function candidate(text: string, anchor: TextAnchor, start: number, end: number, similarity: number, hint: number): Candidate {
  const context = contextScores(text, anchor, start, end);
  const position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  // Hypothesis' weights: the quote counts most, then its context, the position least.
  const score = (50 * similarity + 20 * context.prefix + 20 * context.suffix + 2 * position) / 92;
  return { start, end, exact: text.slice(start, end), similarity, score };
}

/** The best candidates, overlapping ones merged (the better kept), best first. */
function distinct(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const next of [...candidates].sort((a, b) => b.score - a.score)) {
    if (!kept.some((other) => next.start < other.end && other.start < next.end)) kept.push(next);
  }
  return kept;
}

const clearlyBest = (ranked: Candidate[]) => ranked.length === 1 || ranked[0]!.score - ranked[1]!.score > AMBIGUITY_MARGIN;

function exactMatches(text: string, anchor: TextAnchor, hint: number): Reanchored | null {
  const found: Candidate[] = [];
  for (let at = text.indexOf(anchor.exact); at !== -1 && found.length < 100; at = text.indexOf(anchor.exact, at + 1)) {
    found.push(candidate(text, anchor, at, at + anchor.exact.length, 1, hint));
  }
  if (found.length === 0) return null;
  const ranked = distinct(found);
  const best = ranked[0]!;
  const context = contextScores(text, anchor, best.start, best.end);
  const weakShort = anchor.exact.length < SHORT_QUOTE && (context.prefix + context.suffix) / 2 < 0.3;
  if (clearlyBest(ranked) && !weakShort) return { status: "ANCHORED", anchor: describeRange(text, best.start, best.end) };
  return { status: "ORPHANED", candidates: ranked.slice(0, MAX_CANDIDATES) };
}

/** Edit distance between two strings (two rows; quotes are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * How alike two quotes are, 0..1: by characters, or by words when that says more (one long word
 * replaced in a short quote leaves most of its words, and most of its meaning, in place).
 */
export function quoteSimilarity(before: string, after: string): number {
  const longest = Math.max(before.length, after.length);
  if (longest === 0) return 1;
  const characters = 1 - editDistance(before, after) / longest;
  const a = words(before);
  const b = words(after);
  const pool = new Map<string, number>();
  for (const word of a) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(word, left - 1);
    }
  }
  const byWords = a.length && b.length ? shared / Math.max(a.length, b.length) : 0;
  return Math.max(characters, byWords);
}

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/** Widens [start, end) to whole words where the old quote began or ended on a word boundary. */
function snapToWords(text: string, quote: string, start: number, end: number): [number, number] {
  if (isWordChar(quote[0])) while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  if (isWordChar(quote.at(-1))) while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  return [start, end];
}

/** The start of the word before `start` (across one run of spaces), or null. */
function previousWord(text: string, start: number): number | null {
  let at = start;
  while (at > 0 && text[at - 1] === " ") at--;
  if (at === start || !isWordChar(text[at - 1])) return null;
  while (at > 0 && isWordChar(text[at - 1])) at--;
  return at;
}
function nextWord(text: string, end: number): number | null {
  let at = end;
  while (at < text.length && text[at] === " ") at++;
  if (at === end || !isWordChar(text[at])) return null;
  while (at < text.length && isWordChar(text[at])) at++;
  return at;
}

/**
 * A match whose edges are whole words, one word wider on either side when that is closer to the
 * old quote (the cheapest alignment sometimes drops a short first or last word next to an edit).
 */
function bestWordSpan(text: string, quote: string, rawStart: number, rawEnd: number): { start: number; end: number; similarity: number } {
  const [start, end] = snapToWords(text, quote, rawStart, rawEnd);
  const starts = [start, previousWord(text, start)].filter((at): at is number => at !== null);
  const ends = [end, nextWord(text, end)].filter((at): at is number => at !== null);
  let best = { start, end, similarity: -1 };
  for (const from of starts)
    for (const to of ends) {
      const similarity = quoteSimilarity(quote, text.slice(from, to));
      if (similarity > best.similarity) best = { start: from, end: to, similarity };
    }
  return best;
}

function approximateMatches(text: string, anchor: TextAnchor, hint: number, from: number, to: number, least: number): Candidate[] {
  const quote = anchor.exact;
  const maxErrors = Math.min(256, Math.floor(quote.length * (1 - least)));
  // The matcher answers every end position within the error budget: a near-exact match of a long
  // quote is hundreds of overlapping answers. The best of each overlapping group is enough.
  const matches = search(text.slice(from, to), quote, maxErrors).sort((a, b) => a.errors - b.errors);
  const kept: typeof matches = [];
  for (const match of matches) {
    if (kept.length >= MAX_SEARCH_RESULTS) break;
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  }
  return kept.map((match) => {
    // Long quotes keep the matcher's own measure: an edit distance of two long strings costs too much.
    const span =
      quote.length <= LONG_QUOTE
        ? bestWordSpan(text, quote, from + match.start, from + match.end)
        : { start: from + match.start, end: from + match.end, similarity: 1 - match.errors / quote.length };
    return candidate(text, anchor, span.start, span.end, span.similarity, hint);
  });
}

/**
 * The quote's span as the diff carried it: both its first and last characters kept, so the words
 * between them are what became of the quote. Trusted when they are still alike enough.
 */
function mappedSpan(text: string, anchor: TextAnchor, map: OffsetMap): Reanchored | null {
  const first = map(anchor.start);
  const last = map(anchor.end - 1);
  if (!first.kept || !last.kept || last.offset < first.offset) return null;
  const end = last.offset + 1;
  if (end - first.offset > anchor.exact.length * 2 + 16) return null;
  const exact = text.slice(first.offset, end);
  if (exact === anchor.exact) {
    // A quote that now appears more than once is placed by its context (or orphaned), not by the diff alone.
    const repeated = text.indexOf(exact) !== first.offset || text.indexOf(exact, first.offset + 1) !== -1;
    return repeated ? null : { status: "ANCHORED", anchor: describeRange(text, first.offset, end) };
  }
  if (anchor.exact.length > LONG_QUOTE && exact.length > LONG_QUOTE) return null; // searched instead (bounded cost)
  const similarity = quoteSimilarity(anchor.exact, exact);
  if (similarity < MOVED_SIMILARITY) return null;
  return { status: "MOVED", anchor: describeRange(text, first.offset, end), similarity: Math.round(similarity * 1000) / 1000 };
}

/**
 * Where `anchor` (a quote of an older text) is in `text`. `hint`: where the quote is expected to
 * start (the old position mapped through the diff), and `mapped` whether the quote's own words were
 * kept by the diff — then the place is trusted before any search.
 */
export function reanchor(text: string, anchor: TextAnchor, hint = anchor.start): Reanchored {
  if (!anchor.exact) return { status: "ORPHANED", candidates: [] };
  if (text.startsWith(anchor.exact, hint)) return { status: "ANCHORED", anchor: describeRange(text, hint, hint + anchor.exact.length) };
  const exact = exactMatches(text, anchor, hint);
  if (exact) return exact;
  // Near the expected place first (cheap); the whole text only when nothing is there.
  const reach = Math.max(64, anchor.exact.length);
  let found = approximateMatches(
    text,
    anchor,
    hint,
    Math.max(0, hint - reach),
    Math.min(text.length, hint + anchor.exact.length + reach),
    CANDIDATE_SIMILARITY,
  );
  // Far from its place only a close match is worth offering (and the search is cheaper for it).
  if (!found.some((match) => match.similarity >= MOVED_SIMILARITY))
    found = [...found, ...approximateMatches(text, anchor, hint, 0, text.length, MOVED_SIMILARITY)];
  const ranked = distinct(found.filter((match) => match.similarity >= CANDIDATE_SIMILARITY));
  const best = ranked[0];
  if (best && best.similarity >= MOVED_SIMILARITY && clearlyBest(ranked)) {
    return { status: "MOVED", anchor: describeRange(text, best.start, best.end), similarity: Math.round(best.similarity * 1000) / 1000 };
  }
  return { status: "ORPHANED", candidates: ranked.slice(0, MAX_CANDIDATES) };
}

/** Every anchor of `oldText` re-anchored in `newText`, with one diff between the two for all of them. */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: readonly TextAnchor[],
  runs: DiffRun[] = diffTexts(oldText, newText),
): Reanchored[] {
  const map = offsetMapper(runs);
  return anchors.map((anchor) => mappedSpan(newText, anchor, map) ?? reanchor(newText, anchor, map(anchor.start).offset));
}
