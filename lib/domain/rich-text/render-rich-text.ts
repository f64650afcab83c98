// Renders a verdict explanation (tiptap JSON subset) to HTML on the server. Everything is escaped;
// links keep only http(s) targets. No editor code is needed to read a fact-check.
import type { RichTextDoc, RichTextNode } from "../../schemas/rich-text";
import { escapeHtml } from "../html/escape-html";

const BLOCK_TAGS = { paragraph: "p", bulletList: "ul", orderedList: "ol", listItem: "li", blockquote: "blockquote" } as const;

function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function renderNode(node: RichTextNode): string {
  if (node.type === "text") {
    let html = escapeHtml(node.text);
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") html = `<strong>${html}</strong>`;
      if (mark.type === "italic") html = `<em>${html}</em>`;
      if (mark.type === "link") {
        const href = safeHref(mark.attrs.href);
        if (href) html = `<a href="${escapeHtml(href)}" rel="nofollow noopener">${html}</a>`;
      }
    }
    return html;
  }
  if (node.type === "hardBreak") return "<br>";
  const tag = BLOCK_TAGS[node.type];
  return `<${tag}>${(node.content ?? []).map(renderNode).join("")}</${tag}>`;
}

export function renderRichText(doc: RichTextDoc): string {
  return doc.content.map(renderNode).join("\n");
}

/** The plain text of a document: blocks separated by blank lines (search, feeds, submission check). */
export function richTextToPlainText(doc: RichTextDoc): string {
  const textOf = (node: RichTextNode): string =>
    node.type === "text" ? node.text : node.type === "hardBreak" ? "\n" : (node.content ?? []).map(textOf).join("");
  return doc.content
    .map(textOf)
    .filter((text) => text.trim())
    .join("\n\n");
}

/** A document from paragraphs of plain text (used by seeds and simple imports). */
export function richTextFromParagraphs(paragraphs: readonly string[]): RichTextDoc {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })),
  };
}
