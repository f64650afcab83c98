// Tables of an imported article, in the workbench: a wide one scrolls inside its own region (named
// and reachable by keyboard) instead of widening the page.
import { Table } from "@tiptap/extension-table";

const WRAPPER = { class: "tableWrapper scroll-area", role: "region", tabindex: "0", "aria-label": "Table" };

export const ArticleTable = Table.extend({
  renderHTML(props) {
    const rendered = this.parent?.(props) as unknown as readonly unknown[];
    // The table itself, whether or not the parent already wrapped it.
    const table = rendered[0] === "div" ? rendered[2] : rendered;
    return ["div", WRAPPER, table] as never;
  },
});
