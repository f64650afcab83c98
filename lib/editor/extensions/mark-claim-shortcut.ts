// Ctrl/Cmd+Shift+M marks the current selection as a claim (shown in the button's tooltip). The
// page sets the handler in the extension's storage once it is ready.
import { Extension } from "@tiptap/core";

export const MARK_CLAIM_SHORTCUT = { keys: "Mod-Shift-m", label: "Ctrl+Shift+M", aria: "Control+Shift+M" };

export type MarkClaimStorage = { onMark: (() => void) | null };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    markClaimShortcut: {
      /** What the shortcut does (the page's "Mark as claim"). */
      setMarkClaimHandler: (onMark: () => void) => ReturnType;
    };
  }
}

export const MarkClaimShortcut = Extension.create<object, MarkClaimStorage>({
  name: "markClaimShortcut",
  addStorage() {
    return { onMark: null };
  },
  addCommands() {
    return {
      setMarkClaimHandler: (onMark) => () => {
        this.storage.onMark = onMark;
        return true;
      },
    };
  },
  addKeyboardShortcuts() {
    return {
      [MARK_CLAIM_SHORTCUT.keys]: () => {
        this.storage.onMark?.();
        return true;
      },
    };
  },
});
