// A cheap first look at an HTML document before anything expensive parses it: how deep its
// elements nest and how many there are. Readability slows down sharply with depth (600 nested
// elements in 10 KB took 19 s), so pages beyond these limits are refused at once; real articles
// nest a few dozen levels at most (the import fixtures: 8).
import { Parser } from "htmlparser2";

export const MAX_HTML_DEPTH = 150;
export const MAX_HTML_ELEMENTS = 100_000;
export const MAX_HTML_ATTRIBUTES = 200_000;
/** The extracted article must stay workable in the workbench (a 300×300 table took 70 s to open). */
export const MAX_ARTICLE_ELEMENTS = 25_000;

export type HtmlShape = { depth: number; elements: number; attributes?: number };

/** Depth and element count, stopping early once a limit is passed. */
export function htmlShape(html: string): HtmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        deepest = Math.max(deepest, ++depth);
        if (deepest > MAX_HTML_DEPTH || elements > MAX_HTML_ELEMENTS) parser.pause();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { depth: deepest, elements };
}

/** Why a document is refused before reading, or null. */
export function htmlShapeProblem(shape: HtmlShape): string | null {
  if (shape.depth > MAX_HTML_DEPTH)
    return `The page nests its elements more than ${MAX_HTML_DEPTH} levels deep, which no article needs; the desk does not read it. Paste the article's text instead.`;
  if (shape.elements > MAX_HTML_ELEMENTS)
    return `The page has more than ${MAX_HTML_ELEMENTS.toLocaleString("en")} elements; the desk does not read it. Paste the article's text instead.`;
  if ((shape.attributes ?? 0) > MAX_HTML_ATTRIBUTES)
    return `The page has more than ${MAX_HTML_ATTRIBUTES.toLocaleString("en")} attributes; the desk does not read it. Paste the article's text instead.`;
  return null;
}
