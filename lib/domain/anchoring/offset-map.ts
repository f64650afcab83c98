// Maps between canonical-text offsets (what anchors store) and editor positions (ProseMirror).
// The editor's text runs are aligned character by character with the canonical text; they may
// differ only in white space (block separators, folded spaces, no-break spaces), which is skipped
// on whichever side has it. Pure: callers pass the text nodes as { pos, text } in document order.
export type TextRun = { pos: number; text: string };

export type OffsetMap = {
  /** Editor position of the character at `offset` (or just after the last character for the end). */
  toPos(offset: number): number;
  /** Canonical offset of the character at editor position `pos` (the next mapped one if it has none). */
  toOffset(pos: number): number;
  /** Editor range of the canonical range [start, end). */
  rangeToPos(start: number, end: number): { from: number; to: number };
};

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

export function buildOffsetMap(canonical: string, runs: readonly TextRun[]): OffsetMap {
  const offsets: number[] = []; // pairs, in order: canonical offset i ↔ editor position
  const positions: number[] = [];
  let i = 0;
  let lastPos = runs[0]?.pos ?? 0;
  for (const run of runs) {
    for (let k = 0; k < run.text.length && i < canonical.length; k++) {
      const char = run.text[k]!;
      while (i < canonical.length && isSpace(canonical[i]) && !isSpace(char)) i++;
      if (isSpace(char) && !isSpace(canonical[i])) continue; // editor-only white space
      offsets.push(i);
      positions.push(run.pos + k);
      lastPos = run.pos + k + 1;
      i++;
    }
  }
  const search = (values: number[], target: number) => {
    let low = 0;
    let high = values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low; // first index with values[index] >= target
  };
  const toPos = (offset: number) => {
    const index = search(offsets, offset);
    return index < positions.length ? positions[index]! : lastPos;
  };
  const toOffset = (pos: number) => {
    const index = search(positions, pos);
    return index < offsets.length ? offsets[index]! : canonical.length;
  };
  return {
    toPos,
    toOffset,
    rangeToPos(start, end) {
      const lastIndex = search(offsets, end) - 1;
      const to = lastIndex >= 0 && offsets[lastIndex]! >= start ? positions[lastIndex]! + 1 : toPos(start);
      return { from: toPos(start), to };
    },
  };
}
