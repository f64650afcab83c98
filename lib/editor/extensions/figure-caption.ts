// <figcaption>: the caption of a Figure, inline text with its links and emphasis.
import { Node } from "@tiptap/core";

export const FigureCaption = Node.create({
  name: "figureCaption",
  content: "inline*",
  defining: true,
  parseHTML() {
    return [{ tag: "figcaption" }];
  },
  renderHTML() {
    return ["figcaption", 0];
  },
});
