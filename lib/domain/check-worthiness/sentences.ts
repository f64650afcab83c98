// Sentences of a text with their offsets (UTF-16 code units, as JavaScript strings and our anchors
// count), trimmed of surrounding whitespace. Intl.Segmenter knows abbreviations and decimals
// ("U.S.", "3.5"), which a split on full stops does not. Lines are split first and segmented one
// by one: a line break ends a sentence anyway (headlines and list items have no full stop), and
// the segmenter slows down far more than linearly on long runs of line breaks.
export type Sentence = { text: string; start: number; end: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const LINE = /[^\r\n\u000b\f\u0085\u2028\u2029]+/g;

// Long lines are segmented in pieces of at most this many characters, cut after a sentence end
// where there is one: the segmenter's time also grows faster than the length of one line.
const PIECE = 2_000;

/** [start, end) pieces of a line, each cut after ". " (or at a space) near PIECE characters. */
function pieces(line: string): [number, number][] {
  const cuts: [number, number][] = [];
  let from = 0;
  while (line.length - from > PIECE) {
    const window = line.slice(from, from + PIECE);
    const sentenceEnd = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
    const cut = sentenceEnd > PIECE / 2 ? sentenceEnd + 2 : window.lastIndexOf(" ") > PIECE / 2 ? window.lastIndexOf(" ") + 1 : PIECE;
    cuts.push([from, from + cut]);
    from += cut;
  }
  cuts.push([from, line.length]);
  return cuts;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(LINE)) {
    if (!line[0].trim()) continue;
    for (const [from, to] of pieces(line[0])) {
      for (const { segment, index } of segmenter.segment(line[0].slice(from, to))) {
        const trimmed = segment.trim();
        if (!trimmed) continue;
        const start = line.index + from + index + (segment.length - segment.trimStart().length);
        sentences.push({ text: trimmed, start, end: start + trimmed.length });
      }
    }
  }
  return sentences;
}
