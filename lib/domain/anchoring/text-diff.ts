// How one revision's text became the next: a word-level diff (jsdiff), as runs of kept, removed and
// added text. Re-anchoring maps old offsets through it (each claim's expected place in the new text,
// computed once for all claims); "What changed" shows it.
import { diffWordsWithSpace } from "diff";

export type DiffRun = { kind: "same" | "removed" | "added"; text: string };

export function diffTexts(oldText: string, newText: string): DiffRun[] {
  if (oldText === newText) return oldText ? [{ kind: "same", text: oldText }] : [];
  return diffWordsWithSpace(oldText, newText).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
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
