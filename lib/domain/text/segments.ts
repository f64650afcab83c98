// Sentences and words of a text in its language (Intl.Segmenter), as offset ranges: what the
// workbench's keyboard selection moves by. Pure.

type Range = { start: number; end: number };

function segments(text: string, granularity: "sentence" | "word", lang?: string | null): Intl.SegmentData[] {
  let locale: string | undefined;
  try {
    locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
  } catch {
    locale = undefined;
  }
  return [...new Intl.Segmenter(locale, { granularity }).segment(text)];
}

/** A segment without its surrounding white space. */
function trimmed(text: string, segment: Intl.SegmentData): Range {
  const raw = segment.segment;
  const start = segment.index + (raw.length - raw.trimStart().length);
  const end = segment.index + raw.trimEnd().length;
  return { start, end: Math.max(start, end) };
}

const sentences = (text: string, lang?: string | null) =>
  segments(text, "sentence", lang)
    .map((segment) => trimmed(text, segment))
    .filter((range) => range.end > range.start);

/** The sentence at `offset` (or the next one when the offset sits between sentences). */
export function sentenceAt(text: string, offset: number, lang?: string | null): Range | null {
  const all = sentences(text, lang);
  return (
    all.find((range) => offset >= range.start && offset < range.end) ?? all.find((range) => range.start >= offset) ?? all.at(-1) ?? null
  );
}

/** Where a selection ending at `offset` ends when extended by one sentence (forward or back). */
export function nextSentenceBoundary(text: string, offset: number, direction: 1 | -1, lang?: string | null): number {
  const all = sentences(text, lang);
  if (direction === 1) return all.find((range) => range.end > offset)?.end ?? text.length;
  return [...all].reverse().find((range) => range.start < offset)?.start ?? 0;
}

/** Where a selection ending at `offset` ends when extended by one word (forward or back). */
export function nextWordBoundary(text: string, offset: number, direction: 1 | -1, lang?: string | null): number {
  const words = segments(text, "word", lang)
    .filter((segment) => segment.isWordLike)
    .map((segment) => ({ start: segment.index, end: segment.index + segment.segment.length }));
  if (direction === 1) return words.find((word) => word.end > offset)?.end ?? text.length;
  return [...words].reverse().find((word) => word.start < offset)?.start ?? 0;
}
