// <figure> in the article view: keeps an image (or table, quote…) together with its caption, as
// the imported article had it. Without it the caption survived only as a loose paragraph.
import { mergeAttributes, Node } from "@tiptap/core";

export const Figure = Node.create({
  name: "figure",
  group: "block",
  // Captions may come before or after what they describe, so the order is left free.
  content: "(block | figureCaption)+",
  defining: true,
  parseHTML() {
    return [{ tag: "figure" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes(HTMLAttributes, { class: "article-figure" }), 0];
  },
});
