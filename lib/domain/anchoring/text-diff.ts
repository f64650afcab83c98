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

/** Paragraph edits examined before two texts count as unrelated (the whole text replaced). */
const MAX_PARAGRAPH_EDITS = 2_000;

/** How finely a diff could be worked out: word by word, some paragraphs whole, or the whole text. */
export type DiffPrecision = "word" | "paragraph" | "whole";

/** Where two strings stop agreeing at the start and at the end, backed off to whitespace. */
function commonEdges(a: string, b: string): [number, number] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  while (head > 0 && !/\s/.test(a[head - 1]!)) head--;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  while (tail > 0 && !/\s/.test(a[a.length - tail - 1] ?? " ")) tail--;
  return [head, tail];
}

/** The words that changed between two replaced stretches, or null past the edit bound. */
function wordChanges(removed: string, added: string): DiffRun[] | null {
  const [head, tail] = commonEdges(removed, added);
  const before = removed.slice(head, removed.length - tail);
  const after = added.slice(head, added.length - tail);
  const runs: DiffRun[] = [];
  push(runs, "same", removed.slice(0, head));
  if (!before || !after) {
    push(runs, "removed", before);
    push(runs, "added", after);
  } else {
    const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
    if (!changes) return null;
    // Two stretches that share little more than filler words were rewritten: one deletion and one
    // insertion read better than "the" and "mayor" kept between fragments.
    // Kept stretches of two words or more count; lone kept words between changes are coincidence.
    const kept = changes.reduce(
      (sum, change) => sum + (!change.added && !change.removed && /\S+\s+\S+/.test(change.value.trim()) ? change.value.length : 0),
      0,
    );
    const longest = Math.max(before.length, after.length);
    if (longest > 120 && kept < 0.25 * longest) {
      push(runs, "removed", before);
      push(runs, "added", after);
    } else for (const change of changes) push(runs, change.added ? "added" : change.removed ? "removed" : "same", change.value);
  }
  push(runs, "same", removed.slice(removed.length - tail));
  return runs;
}

/**
 * Paragraphs first, then words inside the paragraphs that changed, each step bounded: a word diff
 * of a whole 100,000-character article takes seconds, and most of its paragraphs are untouched.
 * Stretches too different to compare word by word are shown replaced whole; the runs always spell
 * out both texts exactly.
 */
export function diffTextsWithPrecision(oldText: string, newText: string): { runs: DiffRun[]; precision: DiffPrecision } {
  if (oldText === newText) return { runs: oldText ? [{ kind: "same", text: oldText }] : [], precision: "word" };
  const blocks = diffArrays(paragraphs(oldText), paragraphs(newText), { maxEditLength: MAX_PARAGRAPH_EDITS });
  if (!blocks) {
    const runs: DiffRun[] = [];
    push(runs, "removed", oldText);
    push(runs, "added", newText);
    return { runs, precision: "whole" };
  }
  const runs: DiffRun[] = [];
  let precision: DiffPrecision = "word";
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    if (!block.added && !block.removed) {
      push(runs, "same", block.value.join(""));
    } else if (next && (block.removed ? next.added : next.removed)) {
      // Paragraphs replaced by others: which words changed inside them.
      const removed = (block.removed ? block : next).value.join("");
      const added = (block.added ? block : next).value.join("");
      const changes = wordChanges(removed, added);
      if (changes) for (const change of changes) push(runs, change.kind, change.text);
      else {
        // Too different: replaced whole (claims in it are then searched for, not carried).
        precision = "paragraph";
        push(runs, "removed", removed);
        push(runs, "added", added);
      }
      index++;
    } else {
      push(runs, block.added ? "added" : "removed", block.value.join(""));
    }
  }
  return { runs: groupChanges(runs), precision };
}

export function diffTexts(oldText: string, newText: string): DiffRun[] {
  return diffTextsWithPrecision(oldText, newText).runs;
}

/**
 * Word-by-word alternation ("The→which tunnel→the will→council") reads as noise: changes
 * separated only by spaces become one deletion and one insertion, as a person would mark them.
 */
function groupChanges(runs: DiffRun[]): DiffRun[] {
  const grouped: DiffRun[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    push(grouped, "removed", removed);
    push(grouped, "added", added);
    removed = added = "";
  };
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    const between = removed || added;
    if (run.kind === "removed") removed += run.text;
    else if (run.kind === "added") added += run.text;
    else if (between && /^[ \t]+$/.test(run.text) && runs[index + 1] && runs[index + 1]!.kind !== "same") {
      removed += run.text;
      added += run.text;
    } else {
      flush();
      push(grouped, "same", run.text);
    }
  }
  flush();
  return grouped;
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
