// Canonical plain text of sanitized article HTML: one paragraph per block (headings, paragraphs,
// list items, quotes, table rows, captions), joined by a blank line; white space inside a block is
// folded, <br> becomes a single line break. Claim anchors point into this text.
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { PARAGRAPH_SEPARATOR } from "../articles/plain-text";

const BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "pre",
  "tr",
  "caption",
  "figcaption",
  "dt",
  "dd",
  "div",
  "section",
  "article",
  "aside",
  "figure",
  "table",
  "ul",
  "ol",
  "dl",
  "hr",
]);
const CELLS = new Set(["td", "th"]);

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The canonical text of (already sanitized) HTML. */
export function htmlToCanonicalText(html: string): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (nodes: ChildNode[], pre: boolean) => {
    for (const node of nodes) {
      if (node.type === "text") {
        current += pre ? node.data : node.data.replace(/\s+/g, " ");
      } else if (isElement(node)) {
        const tag = node.name;
        if (tag === "br") current += "\n";
        else if (BLOCKS.has(tag)) {
          flush();
          walk(node.children, pre || tag === "pre");
          flush();
        } else if (CELLS.has(tag)) {
          if (current.trim()) current += " ";
          walk(node.children, pre);
          current += " ";
        } else walk(node.children, pre);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children, false);
  flush();
  return blocks.join(PARAGRAPH_SEPARATOR);
}
