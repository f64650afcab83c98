// Re-anchoring: where a claim's quote is in a new revision of its article (DESIGN.md "Articles
// change"). In order: the place the diff between the revisions maps it to, if the quote is still
// there; the exact quote elsewhere, prefix and suffix deciding between repeats; then an approximate
// match of the quote (Myers' bit-parallel matcher, approx-string-match) near the mapped place and,
// failing that, anywhere — scored on quote similarity, context and position, as Hypothesis'
// match-quote.ts does. Nothing weak or ambiguous is attached: those claims are orphaned, with the
// best candidates kept for a person to choose from.
import search from "approx-string-match";
import { type DiffRun, diffTexts, offsetMapper } from "./text-diff";
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

function approximateMatches(text: string, anchor: TextAnchor, hint: number, from: number, to: number): Candidate[] {
  const quote = anchor.exact;
  const maxErrors = Math.min(256, Math.floor(quote.length * (1 - CANDIDATE_SIMILARITY)));
  return search(text.slice(from, to), quote, maxErrors).map((match) =>
    candidate(text, anchor, from + match.start, from + match.end, 1 - match.errors / quote.length, hint),
  );
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
  let found = approximateMatches(text, anchor, hint, Math.max(0, hint - reach), Math.min(text.length, hint + anchor.exact.length + reach));
  if (!found.some((match) => match.similarity >= MOVED_SIMILARITY)) found = approximateMatches(text, anchor, hint, 0, text.length);
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
  return anchors.map((anchor) => reanchor(newText, anchor, map(anchor.start).offset));
}
