// Images of an imported article, in the workbench: not fetched from their site until the editor
// asks (no hundreds of remote images hotlinked into every editor's browser), shown as their alt text
// with a "Show image" button. The stored article is unchanged (renderHTML keeps the <img>).
import Image from "@tiptap/extension-image";

export const ArticleImage = Image.extend({
  addNodeView() {
    return ({ node }) => {
      const alt = String(node.attrs.alt ?? "").trim();
      const src = String(node.attrs.src ?? "");
      const dom = document.createElement("span");
      dom.className = "image-placeholder";
      dom.contentEditable = "false";
      dom.setAttribute("role", "group");
      dom.setAttribute("aria-label", alt ? `Image: ${alt}` : "Image without a description");
      const label = document.createElement("span");
      label.textContent = alt ? `Image: ${alt}` : "Image without a description";
      dom.append(label);
      if (/^https?:\/\//i.test(src)) {
        const show = document.createElement("button");
        show.type = "button";
        show.className = "button button--quiet image-placeholder__show";
        show.textContent = "Show image";
        show.addEventListener("click", () => {
          const image = document.createElement("img");
          image.src = src;
          image.alt = alt;
          dom.replaceChildren(image);
        });
        dom.append(show);
      }
      // The button is the node view's own: ProseMirror leaves its events alone.
      return { dom, stopEvent: (event: Event) => event.target instanceof HTMLButtonElement, ignoreMutation: () => true };
    };
  },
});
