// Splits canonical text into paragraphs of segments, each knowing which claims cover it, so a
// page can wrap overlapping claim ranges in <mark>s without touching the stored text.
export type HighlightRange = { id: string; start: number; end: number };
export type Segment = { text: string; start: number; claimIds: string[] };
export type HighlightedParagraph = { start: number; segments: Segment[] };

export const PARAGRAPH_SEPARATOR = "\n\n";

/** Paragraphs of `text` (separated by blank lines) cut at every range boundary. */
export function highlightParagraphs(text: string, ranges: readonly HighlightRange[]): HighlightedParagraph[] {
  const paragraphs: HighlightedParagraph[] = [];
  let offset = 0;
  for (const paragraphText of text.split(PARAGRAPH_SEPARATOR)) {
    const start = offset;
    const end = start + paragraphText.length;
    offset = end + PARAGRAPH_SEPARATOR.length;
    const cuts = new Set<number>([start, end]);
    for (const range of ranges) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const claimIds = ranges.filter((range) => range.start <= from && range.end >= to).map((range) => range.id);
      segments.push({ text: text.slice(from, to), start: from, claimIds });
    }
    if (paragraphText.trim()) paragraphs.push({ start, segments });
  }
  return paragraphs;
}
