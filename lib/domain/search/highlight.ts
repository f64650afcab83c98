// Snippets with the matched words marked. Postgres' ts_headline wraps matches in two characters
// from Unicode's private use area (removed from the text beforehand, so only ts_headline can
// write them); the page renders the pieces as text and <mark>, never as HTML.

/** Opens a highlighted stretch in ts_headline's output. */
export const HIGHLIGHT_START = "\uE000";
/** Closes a highlighted stretch. */
export const HIGHLIGHT_STOP = "\uE001";

/** ts_headline's options: short fragments around the matches, at most two, marked with the sentinels. */
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=28, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

export type HighlightPiece = { text: string; marked: boolean };

/** Splits ts_headline output into plain and marked pieces; unbalanced sentinels are dropped. */
export function highlightPieces(headline: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let marked = false;
  let current = "";
  const flush = () => {
    if (current) {
      const last = pieces.at(-1);
      if (last && last.marked === marked) last.text += current;
      else pieces.push({ text: current, marked });
    }
    current = "";
  };
  for (const char of headline) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      marked = char === HIGHLIGHT_START;
    } else current += char;
  }
  flush();
  return pieces;
}

/** The text without the sentinels, before it goes to ts_headline. */
export const withoutSentinels = (text: string) => text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
