// W3C-style text anchors (TextQuoteSelector + TextPositionSelector) into an article's canonical
// plain text. Pure: no DOM, no database.
export const CONTEXT_LENGTH = 32;

export type TextAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

/** Describes the range [start, end) of `text` with its exact quote and 32 characters of context. */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}–${end} for a text of ${text.length} characters.`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Anchors `quote` in `text`: the only occurrence, or the one whose context matches `prefix`. */
export function anchorQuote(text: string, quote: string, prefix = ""): TextAnchor | null {
  if (!quote) return null;
  const candidates = occurrences(text, quote);
  if (candidates.length === 0) return null;
  const chosen = candidates.find((at) => prefix && text.slice(0, at).endsWith(prefix)) ?? candidates[0]!;
  return describeRange(text, chosen, chosen + quote.length);
}
