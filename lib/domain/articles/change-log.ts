// "What changed" between two revisions, as a reader can take it in: each change with about a dozen
// words of unchanged text either side, long unchanged stretches collapsed into a count, and how many
// words were inserted and deleted. One pass over the diff runs; context is found by walking at most a
// few hundred characters from a run's ends, so a 100,000-character text costs no more than its diff.
import type { DiffRun } from "../anchoring/text-diff";

export const CONTEXT_WORDS = 12;
/** Context never runs longer than this either side (a "word" may be a long address with no spaces). */
const MAX_CONTEXT_CHARACTERS = 240;
/** Unchanged text between two changes is collapsed only when that hides at least this many characters. */
const MIN_COLLAPSE = 40;
/** Inserted or deleted characters shown of one run, and of all runs together; the rest is counted. */
export const MAX_RUN_CHARACTERS = 2_000;
export const MAX_SHOWN_CHARACTERS = 50_000;
/** Hunks shown; later changes are counted in `omittedChanges`. */
export const MAX_HUNKS = 300;

/** A piece of a hunk; `omitted`: characters of a long insertion or deletion left out after `text`. */
export type ChangeSegment = { kind: DiffRun["kind"]; text: string; omitted: number };
/** One or more nearby changes with their context; `skippedBefore`: unchanged characters collapsed before it. */
export type ChangeHunk = { skippedBefore: number; segments: ChangeSegment[] };
export type ChangeLog = {
  hunks: ChangeHunk[];
  /** Unchanged characters collapsed after the last hunk (0 when changes were left out). */
  skippedAfter: number;
  /** Places where the text changed, and how many of them are past the caps and not shown. */
  changes: number;
  omittedChanges: number;
  wordsInserted: number;
  wordsDeleted: number;
};

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** `at`, moved back one so that it does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Where the first `count` words of `text` end (at most MAX_CONTEXT_CHARACTERS in). */
export function endOfFirstWords(text: string, count: number): number {
  let at = 0;
  for (let words = 0; words < count && at < text.length; words++) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
    if (at > MAX_CONTEXT_CHARACTERS) return safeCut(text, MAX_CONTEXT_CHARACTERS);
  }
  return at;
}

/** Where the last `count` words of `text` start (at most MAX_CONTEXT_CHARACTERS from the end). */
export function startOfLastWords(text: string, count: number): number {
  const limit = text.length - MAX_CONTEXT_CHARACTERS;
  let at = text.length;
  for (let words = 0; words < count && at > 0; words++) {
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) break;
    while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
    if (at < limit) return safeCut(text, limit);
  }
  return at;
}

const PARAGRAPH_BREAK = "\n\n";
/** Context before a change stays within its paragraph when that paragraph gives it at least this many words. */
const PARAGRAPH_CONTEXT_WORDS = 3;

/** Where the context before a change starts: its last words, from the change's own paragraph when that has a few. */
function leadStart(text: string): number {
  const start = startOfLastWords(text, CONTEXT_WORDS);
  const paragraph = text.slice(start).lastIndexOf(PARAGRAPH_BREAK);
  if (paragraph < 0) return start;
  const after = start + paragraph + PARAGRAPH_BREAK.length;
  return startOfLastWords(text, PARAGRAPH_CONTEXT_WORDS) >= after ? after : start;
}

/** Where the context after a change ends: its first words, up to the end of the change's paragraph if that has any. */
function trailEnd(text: string): number {
  const end = endOfFirstWords(text, CONTEXT_WORDS);
  const paragraph = text.slice(0, end).indexOf(PARAGRAPH_BREAK);
  if (paragraph < 0) return end;
  return endOfFirstWords(text, 1) <= paragraph ? paragraph : end;
}

/** Words in `text`: space-separated tokens holding a letter or a digit (punctuation alone is no word). */
export function countWords(text: string): number {
  let words = 0;
  for (const [token] of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/** Turns diff runs into hunks of changes with context, and counts the words inserted and deleted. */
export function buildChangeLog(allRuns: readonly DiffRun[]): ChangeLog {
  const runs = allRuns.filter((run) => run.text.length > 0);
  let wordsInserted = 0;
  let wordsDeleted = 0;
  let changes = 0;
  let lastChange = -1;
  runs.forEach((run, index) => {
    if (run.kind === "same") return;
    if (index === 0 || runs[index - 1]!.kind === "same") changes++;
    lastChange = index;
    if (run.kind === "added") wordsInserted += countWords(run.text);
    else wordsDeleted += countWords(run.text);
  });
  const log: ChangeLog = { hunks: [], skippedAfter: 0, changes, omittedChanges: 0, wordsInserted, wordsDeleted };
  if (changes === 0) {
    log.skippedAfter = runs.reduce((length, run) => length + run.text.length, 0);
    return log;
  }

  let open: ChangeHunk | null = null;
  let lead = { skipped: 0, text: "" };
  let budget = MAX_SHOWN_CHARACTERS;
  let shown = 0;
  const full = () => log.hunks.length >= MAX_HUNKS || budget <= 0;
  for (let index = 0; index < runs.length; index++) {
    const { kind, text } = runs[index]!;
    if (kind !== "same") {
      if (!open) {
        if (full()) break;
        open = { skippedBefore: lead.skipped, segments: lead.text ? [{ kind: "same", text: lead.text, omitted: 0 }] : [] };
        log.hunks.push(open);
      }
      if (index === 0 || runs[index - 1]!.kind === "same") shown++;
      const length = safeCut(text, Math.min(text.length, MAX_RUN_CHARACTERS, budget));
      open.segments.push({ kind, text: text.slice(0, length), omitted: text.length - length });
      budget -= length;
    } else if (!open) {
      // Before the first change: only its last words, as the first hunk's context.
      const start = leadStart(text);
      lead = { skipped: start, text: text.slice(start) };
    } else if (index > lastChange) {
      const end = trailEnd(text);
      open.segments.push({ kind: "same", text: text.slice(0, end), omitted: 0 });
      log.skippedAfter = text.length - end;
      open = null;
    } else {
      const end = trailEnd(text);
      const start = leadStart(text);
      if (start - end < MIN_COLLAPSE && !full()) {
        open.segments.push({ kind: "same", text, omitted: 0 });
        continue;
      }
      // Far enough from the next change (or out of room): close this hunk, keep the next one's context.
      open.segments.push({ kind: "same", text: text.slice(0, end), omitted: 0 });
      lead = { skipped: Math.max(0, start - end), text: text.slice(Math.max(start, end)) };
      open = null;
    }
  }
  log.omittedChanges = changes - shown;
  if (log.omittedChanges > 0) log.skippedAfter = 0;
  return log;
}

const count = (value: number) => value.toLocaleString("en");
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

/** One line for the top of the change log: "12 words inserted, 3 deleted in 4 places". */
export function changeSummary(log: ChangeLog): string {
  if (log.changes === 0) return "The text is the same in both versions.";
  const places = plural(log.changes, "place", "places");
  if (log.wordsInserted === 0 && log.wordsDeleted === 0) return `Only punctuation, spacing or paragraph breaks changed, in ${places}.`;
  return `${plural(log.wordsInserted, "word", "words")} inserted, ${count(log.wordsDeleted)} deleted in ${places}.`;
}

/** The marker that stands for collapsed unchanged text. */
export const skippedLabel = (characters: number) => `… ${plural(characters, "unchanged character", "unchanged characters")} …`;

/** The marker after a long insertion or deletion cut short. */
export const omittedLabel = (characters: number, kind: "added" | "removed") =>
  ` … (${plural(characters, "more character", "more characters")} ${kind === "added" ? "inserted" : "deleted"})`;

/** The marker for changes past the caps. */
export const omittedChangesLabel = (changes: number) => `… and ${plural(changes, "more change", "more changes")}, too many to show here.`;

/** Inserted or deleted line breaks would be invisible: each gets a visible pilcrow. */
export const markBreaks = (text: string) => text.replace(/\n+/g, (breaks) => `¶${breaks}`);
