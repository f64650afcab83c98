// Draws claims into an article's sanitized HTML for readers: each claim's canonical-text range is
// found in the HTML's text nodes (through the same offset map the workbench uses) and the covered
// pieces of text are replaced by what `renderMark` returns. Marks go only inside text nodes, so
// claims that overlap or cross elements never break the markup. Pure: no DOM, no React.
import type { ChildNode, Element, Text } from "domhandler";
import { getOuterHTML } from "domutils";
import { parseDocument } from "htmlparser2";
import { escapeHtml } from "../html/escape-html";
import { buildOffsetMap } from "../anchoring/offset-map";

export type HtmlHighlight = { id: string; start: number; end: number };
export type MarkSegment = {
  /** Already escaped. */
  html: string;
  /** Claims covering this piece, shortest (most specific) first. */
  claimIds: string[];
  /** Claims whose range ends with this piece. */
  endingIds: string[];
  /** Inside a link or button: no interactive wrapper may be added. */
  insideInteractive: boolean;
};

// Private-use characters survive serialization and never occur in sanitized article text.
const placeholder = (index: number) => `\uE000${index}\uE001`;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function textNodesOf(nodes: ChildNode[], into: { node: Text; interactive: boolean }[] = [], interactive = false) {
  for (const node of nodes) {
    if (node.type === "text") into.push({ node, interactive });
    else if ("children" in node) {
      const name = (node as Element).name;
      textNodesOf(node.children, into, interactive || name === "a" || name === "button");
    }
  }
  return into;
}

export function highlightHtml(
  html: string,
  canonicalText: string,
  claims: readonly HtmlHighlight[],
  renderMark: (segment: MarkSegment) => string,
): string {
  const document = parseDocument(html, { decodeEntities: true });
  const texts = textNodesOf(document.children);
  let position = 0;
  const runs = texts.map(({ node }) => {
    const run = { pos: position, text: node.data };
    position += node.data.length;
    return run;
  });
  const map = buildOffsetMap(canonicalText, runs);
  const ranges = claims
    .map((claim) => {
      // Trimmed to its first and last visible character, so the rating badge lands on text.
      let { start, end } = claim;
      while (start < end && /\s/.test(canonicalText[start]!)) start++;
      while (end > start && /\s/.test(canonicalText[end - 1]!)) end--;
      return { id: claim.id, length: end - start, ...map.rangeToPos(start, end) };
    })
    .filter((range) => range.to > range.from);

  const pieces: string[] = [];
  texts.forEach(({ node, interactive }, index) => {
    const start = runs[index]!.pos;
    const end = start + node.data.length;
    const inside = ranges.filter((range) => range.from < end && range.to > start);
    if (inside.length === 0) return;
    const cuts = new Set([start, end]);
    for (const range of inside) {
      if (range.from > start) cuts.add(range.from);
      if (range.to < end) cuts.add(range.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let out = "";
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const text = escapeHtml(node.data.slice(from - start, to - start));
      const covering = inside.filter((range) => range.from <= from && range.to >= to).sort((a, b) => a.length - b.length);
      // White space alone (between blocks, or between inline elements) is never wrapped.
      out +=
        covering.length && text.trim()
          ? renderMark({
              html: text,
              claimIds: covering.map((r) => r.id),
              endingIds: covering.filter((r) => r.to === to).map((r) => r.id),
              insideInteractive: interactive,
            })
          : text;
    }
    pieces.push(out);
    node.data = placeholder(pieces.length - 1);
  });
  return getOuterHTML(document.children, { encodeEntities: "utf8" }).replace(PLACEHOLDER, (_, index: string) => pieces[Number(index)]!);
}
