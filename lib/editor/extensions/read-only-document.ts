// The article text is selectable (mouse and keyboard) but never editable: any transaction that
// would change the document is dropped. (Plain `editable: false` would lose keyboard selection.)
import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";

export const ReadOnlyDocument = Extension.create({
  name: "readOnlyDocument",
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr) => !tr.docChanged })];
  },
});
