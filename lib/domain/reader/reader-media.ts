// What the reader page does with an imported article's images and tables. Images are not fetched
// from the sites they came from until the reader asks (no hotlinking hundreds of remote images into
// every reader's browser, no reader address sent to third parties): each becomes a placeholder
// showing its alt text and a "Show image" link (reader.js loads it in place; without script the
// link opens it). Wide tables scroll inside a named, focusable region instead of the page. Pure.
import type { ChildNode, Element } from "domhandler";
import { getOuterHTML, replaceElement } from "domutils";
import { parseDocument } from "htmlparser2";
import { escapeHtml as e } from "../html/escape-html";

const elementsOf = (nodes: ChildNode[], into: Element[] = []): Element[] => {
  for (const node of nodes) {
    if (node.type === "tag") into.push(node);
    if ("children" in node) elementsOf(node.children, into);
  }
  return into;
};

/** The placeholder markup for an image: its description and the way to load it. */
export function imagePlaceholderHtml(src: string | null, alt: string): string {
  const description = alt.trim() ? `Image: ${e(alt.trim())}` : "Image without a description";
  const show =
    src && /^https?:\/\//i.test(src)
      ? `<a class="image-placeholder__show" href="${e(src)}" data-show-image rel="noopener nofollow">Show image</a>`
      : "";
  return `<span class="image-placeholder" role="group" aria-label="${description}"><span>${description}</span>${show}</span>`;
}

export function readerMedia(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  for (const element of elementsOf(document.children)) {
    if (element.name === "img") {
      const placeholder = parseDocument(imagePlaceholderHtml(element.attribs.src ?? null, element.attribs.alt ?? ""))
        .children[0] as Element;
      replaceElement(element, placeholder);
    } else if (element.name === "table") {
      const wrapper = parseDocument(`<div class="scroll-area" role="region" tabindex="0" aria-label="Table"></div>`).children[0] as Element;
      replaceElement(element, wrapper);
      wrapper.children = [element];
      element.parent = wrapper;
    }
  }
  return getOuterHTML(document, { decodeEntities: false, encodeEntities: "utf8" });
}
