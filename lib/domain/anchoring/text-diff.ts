// How one revision's text became the next: a word-level diff (jsdiff), as runs of kept, removed and
// added text. Re-anchoring maps old offsets through it (each claim's expected place in the new text,
// computed once for all claims); "What changed" shows it.
import { diffArrays, diffWordsWithSpace } from "diff";

/** Word edits examined inside one replaced stretch before it counts as rewritten. */
const MAX_WORD_EDITS = 1_000;

export type DiffRun = { kind: "same" | "removed" | "added"; text: string };

/** Paragraphs with the blank line that ends each, so joining them gives the text back. */
const paragraphs = (text: string) => text.split(/(?<=\n\n)/);

function push(runs: DiffRun[], kind: DiffRun["kind"], text: string) {
  if (!text) return;
  const last = runs.at(-1);
  if (last?.kind === kind) last.text += text;
  else runs.push({ kind, text });
}

/**
 * Paragraphs first, then words inside the paragraphs that changed: a word diff of a whole
 * 100,000-character article takes seconds, most of its paragraphs are untouched.
 */
export function diffTexts(oldText: string, newText: string): DiffRun[] {
  if (oldText === newText) return oldText ? [{ kind: "same", text: oldText }] : [];
  const runs: DiffRun[] = [];
  const blocks = diffArrays(paragraphs(oldText), paragraphs(newText));
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    if (!block.added && !block.removed) {
      push(runs, "same", block.value.join(""));
    } else if (next && (block.removed ? next.added : next.removed)) {
      // Paragraphs replaced by others: which words changed inside them.
      const removed = (block.removed ? block : next).value.join("");
      const added = (block.added ? block : next).value.join("");
      // Bounded: two long unrelated stretches would take seconds; past the bound they are simply
      // replaced (their claims are then searched for, not carried).
      const changes = diffWordsWithSpace(removed, added, { maxEditLength: MAX_WORD_EDITS });
      if (changes) for (const change of changes) push(runs, change.added ? "added" : change.removed ? "removed" : "same", change.value);
      else {
        push(runs, "removed", removed);
        push(runs, "added", added);
      }
      index++;
    } else {
      push(runs, block.added ? "added" : "removed", block.value.join(""));
    }
  }
  return runs;
}

/** Maps offsets in the old text to the new text: kept text moves with its run; removed text maps to where it was. */
export function offsetMapper(runs: readonly DiffRun[]): (offset: number) => { offset: number; kept: boolean } {
  // Old start, new start and length of each kept run, in order (binary-searched per lookup).
  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  const lengths: number[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const run of runs) {
    if (run.kind === "same") {
      oldStarts.push(oldAt);
      newStarts.push(newAt);
      lengths.push(run.text.length);
    }
    if (run.kind !== "added") oldAt += run.text.length;
    if (run.kind !== "removed") newAt += run.text.length;
  }
  return (offset) => {
    let low = 0;
    let high = oldStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (oldStarts[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found < 0) return { offset: 0, kept: false };
    const within = offset - oldStarts[found]!;
    if (within < lengths[found]!) return { offset: newStarts[found]! + within, kept: true };
    // In removed text: where the next kept run starts in the new text.
    return { offset: newStarts[found]! + lengths[found]!, kept: false };
  };
}
