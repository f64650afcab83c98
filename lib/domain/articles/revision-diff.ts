// The diff behind "What changed", bounded in time. A word diff costs (length × number of edits):
// two unrelated 100,000-character texts take jsdiff ~20 s, so past a limit of edits the comparison
// falls back to whole paragraphs, and past that to "everything replaced". Either way the runs still
// spell out both texts exactly; only their granularity is coarser.
import { diffArrays, diffWordsWithSpace } from "diff";
import type { DiffRun } from "../anchoring/text-diff";

/** Word and space tokens inserted or deleted before the word diff gives up (~1 s on 100,000 characters). */
const WORD_EDIT_LIMIT = 4_000;
const PARAGRAPH_EDIT_LIMIT = 2_000;

export type RevisionDiff = {
  runs: DiffRun[];
  /** "word": word by word; "paragraph": changed paragraphs whole; "whole": the text replaced as a block. */
  precision: "word" | "paragraph" | "whole";
};

const run = (change: { added: boolean; removed: boolean }, text: string): DiffRun => ({
  kind: change.added ? "added" : change.removed ? "removed" : "same",
  text,
});

/** How `oldText` became `newText`, word by word when that can be worked out quickly. */
export function diffRevisionTexts(oldText: string, newText: string): RevisionDiff {
  if (oldText === newText) return { runs: oldText ? [{ kind: "same", text: oldText }] : [], precision: "word" };
  const words = diffWordsWithSpace(oldText, newText, { maxEditLength: WORD_EDIT_LIMIT });
  if (words) return { runs: words.map((change) => run(change, change.value)), precision: "word" };
  // Each paragraph keeps its separator, so the runs still join up to the two texts.
  const paragraphs = diffArrays(oldText.split(/(?<=\n\n)/), newText.split(/(?<=\n\n)/), { maxEditLength: PARAGRAPH_EDIT_LIMIT });
  if (paragraphs) return { runs: paragraphs.map((change) => run(change, change.value.join(""))), precision: "paragraph" };
  const runs: DiffRun[] = [];
  if (oldText) runs.push({ kind: "removed", text: oldText });
  if (newText) runs.push({ kind: "added", text: newText });
  return { runs, precision: "whole" };
}

/** How the comparison was made, said to the reader when it is coarser than word by word ("" otherwise). */
export function precisionNote(precision: RevisionDiff["precision"]): string {
  if (precision === "paragraph") return "The two texts differ too much to compare word by word: changed paragraphs are shown whole.";
  if (precision === "whole") return "The two texts differ too much to compare: the whole text is shown as replaced.";
  return "";
}
