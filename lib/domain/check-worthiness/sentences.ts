// Sentences of a text with their offsets (UTF-16 code units, as JavaScript strings and our anchors
// count), trimmed of surrounding whitespace. Intl.Segmenter knows abbreviations and decimals
// ("U.S.", "3.5"), which a split on full stops does not.
export type Sentence = { text: string; start: number; end: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    // Line breaks end a sentence too (headlines and list items have no full stop); the segmenter
    // already splits at single ones, this catches what it joins.
    let offset = index + leading;
    for (const line of trimmed.split(/\n\s*\n/)) {
      const start = text.indexOf(line.trim(), offset);
      const clean = line.trim();
      if (clean) sentences.push({ text: clean, start, end: start + clean.length });
      offset = start + clean.length;
    }
  }
  return sentences;
}
