// Plain-text articles: paragraphs are separated by blank lines; the canonical text joins the
// paragraphs with one blank line, so anchors are stable whatever the input's line endings.
import { escapeHtml } from "../html/escape-html";

/** Between two blocks of canonical text: one blank line. */
export const PARAGRAPH_SEPARATOR = "\n\n";

export function paragraphsOf(input: string): string[] {
  return (
    input
      .replace(/\r\n?/g, "\n")
      .split(/\n\s*\n/)
      // Any horizontal white space (no-break spaces included) becomes one plain space, so quotes
      // typed or pasted by an editor match the stored text.
      .map((paragraph) =>
        paragraph
          .replace(/[^\S\n]*\n[^\S\n]*/g, " ")
          .replace(/[^\S\n]+/g, " ")
          .trim(),
      )
      .filter(Boolean)
  );
}

export function canonicalTextOf(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

export function htmlOfParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
}
