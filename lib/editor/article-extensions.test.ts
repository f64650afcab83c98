// What the extracted article contains must survive into the workbench's editor: parsed with the
// editor's own schema, the article keeps its words, its structure and anchorable text.
import fs from "node:fs";
import path from "node:path";
import { getSchema } from "@tiptap/core";
import { DOMParser, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { buildOffsetMap } from "@/lib/domain/anchoring/offset-map";
import { extractArticle } from "@/lib/server/import/extract-article";
import { articleExtensions } from "./article-extensions";
import { canonicalRange, textRunsOf } from "./extensions/claim-highlights";

const schema = getSchema(articleExtensions);
const fixture = (file: string) => fs.readFileSync(path.join(__dirname, "..", "server", "import", "fixtures", file), "utf8");
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function loadInEditorSchema(html: string): ProseMirrorNode {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  return DOMParser.fromSchema(schema).parse(document.body);
}

function contents(doc: ProseMirrorNode) {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  const alts: string[] = [];
  doc.descendants((node) => {
    nodes.add(node.type.name);
    node.marks.forEach((mark) => marks.add(mark.type.name));
    if (node.type.name === "image") alts.push(String(node.attrs.alt ?? ""));
  });
  return { nodes, marks, alts };
}

const PAGES = [
  { file: "news-page.html", url: "https://news.example/2025/03/border" },
  { file: "blog-post.html", url: "https://ana.example/agua" },
  { file: "wiki-page.html", url: "https://openwiki.example/1944_Water_Treaty" },
];

describe("imported articles in the workbench's editor schema", () => {
  for (const { file, url } of PAGES) {
    it(`${file}: every word of the stored article is in the editor, and anchors round-trip`, () => {
      const article = extractArticle(fixture(file), url);
      const doc = loadInEditorSchema(article.sanitizedHtml);
      const shown = new Set(words(doc.textBetween(0, doc.content.size, "\n", " ")));
      const expected = words(article.plainText);
      const missing = expected.filter((word) => !shown.has(word));
      expect(1 - missing.length / expected.length, `missing: ${missing.join(" ")}`).toBeGreaterThanOrEqual(0.99);

      // Each sentence of the canonical text maps to an editor range and back to the same offsets.
      const map = buildOffsetMap(article.plainText, textRunsOf(doc));
      for (const match of article.plainText.matchAll(/[^.\n]{12,}\./g)) {
        const start = match.index;
        const end = start + match[0].length;
        const { from, to } = map.rangeToPos(start, end);
        expect(canonicalRange(doc, article.plainText, from, to)).toEqual({ start, end });
        expect(doc.textBetween(from, to, " ", " ").replace(/\s+/g, " ")).toBe(match[0].replace(/\s+/g, " "));
      }
    });
  }

  it("keeps headings, quotes, lists, figures with image alt text and caption, tables, links and line breaks", () => {
    const article = extractArticle(fixture("news-page.html"), "https://news.example/2025/03/border");
    const { nodes, marks, alts } = contents(loadInEditorSchema(article.sanitizedHtml));
    for (const name of [
      "heading",
      "blockquote",
      "bulletList",
      "listItem",
      "figure",
      "figureCaption",
      "image",
      "table",
      "tableRow",
      "tableHeader",
      "hardBreak",
    ]) {
      expect(nodes, name).toContain(name);
    }
    expect(marks).toContain("link");
    expect(alts).toContain("Soldiers installing concertina wire along the border fence");
  });

  it("keeps a figure's image and caption together", () => {
    const doc = loadInEditorSchema(
      '<p>Before.</p><figure><img src="https://x.example/a.jpg" alt="A dam"><figcaption>The <em>Falcon</em> dam.</figcaption></figure>',
    );
    const figure = doc.child(1);
    expect(figure.type.name).toBe("figure");
    expect(figure.child(0).type.name).toBe("image");
    expect(figure.child(1).type.name).toBe("figureCaption");
    expect(figure.child(1).textContent).toBe("The Falcon dam.");
  });
});
