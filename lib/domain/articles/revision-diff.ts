// The diff behind "What changed": the one bounded diff of lib/domain/anchoring/text-diff.ts (word
// by word, changed paragraphs whole past a bound, the whole text when not even paragraphs line
// up), and how to say that to a reader.
import { type DiffPrecision, type DiffRun, diffTextsWithPrecision } from "../anchoring/text-diff";

export type RevisionDiff = { runs: DiffRun[]; precision: DiffPrecision };

/** How `oldText` became `newText`: the same bounded diff that re-anchoring uses. */
export function diffRevisionTexts(oldText: string, newText: string): RevisionDiff {
  return diffTextsWithPrecision(oldText, newText);
}

/** How the comparison was made, said to the reader when it is coarser than word by word ("" otherwise). */
export function precisionNote(precision: RevisionDiff["precision"]): string {
  if (precision === "paragraph") return "The two texts differ too much to compare word by word: changed paragraphs are shown whole.";
  if (precision === "whole") return "The two texts differ too much to compare: the whole text is shown as replaced.";
  return "";
}
