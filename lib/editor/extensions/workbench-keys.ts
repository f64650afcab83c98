// The workbench's keyboard: the article is read-only, so plain keys are free for the work itself.
// Select the sentence at the caret, extend by sentence or word, mark it as a claim; move between
// claims and open the one at the caret. What the keys do with the page (marking, opening, saying
// where the caret is) is set by the page in the extension's storage.
import { Extension } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { TextSelection } from "@tiptap/pm/state";
import { buildOffsetMap } from "@/lib/domain/anchoring/offset-map";
import { nextSentenceBoundary, nextWordBoundary, sentenceAt } from "@/lib/domain/text/segments";
import { claimSpans, textRunsOf } from "./claim-highlights";

export const MARK_CLAIM_SHORTCUT = { keys: "Mod-Shift-m", label: "Ctrl+Shift+M", aria: "Control+Shift+M" };

/** The keys, for the "Keyboard shortcuts" dialog. */
export const WORKBENCH_KEYS = [
  { keys: "S", does: "Select the sentence at the caret" },
  { keys: "]  /  [", does: "Extend the selection by a sentence forward / back" },
  { keys: "W  /  B", does: "Extend the selection by a word forward / back" },
  { keys: "M  or  Ctrl+Shift+M", does: "Mark the selection as a claim" },
  { keys: "N  /  P", does: "Go to the next / previous claim" },
  { keys: "Enter", does: "Open the claim at the caret" },
  { keys: "Shift+arrows, Ctrl+Shift+arrows", does: "Adjust the selection by character / word (as everywhere)" },
  { keys: "?", does: "Show these shortcuts" },
] as const;

export type WorkbenchKeysStorage = {
  onMark: (() => void) | null;
  /** The claims at the caret (more than one where claims overlap). */
  onOpen: ((claimIds: string[]) => void) | null;
  /** Something to say aloud (a live region): where the caret went, what is selected. */
  onAnnounce: ((text: string) => void) | null;
  onHelp: (() => void) | null;
};

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    workbenchKeys: {
      /** What the page does for the keys that reach beyond the editor. */
      setWorkbenchHandlers: (handlers: Partial<WorkbenchKeysStorage>) => ReturnType;
    };
  }
}

/** The claims whose span contains `pos`. */
export function claimsAt(state: EditorState, pos: number): string[] {
  return claimSpans(state)
    .filter((span) => pos >= span.from && pos < span.to)
    .map((span) => span.id);
}

export const WorkbenchKeys = Extension.create<{ canonicalText: string; lang: string | null }, WorkbenchKeysStorage>({
  name: "workbenchKeys",
  addOptions() {
    return { canonicalText: "", lang: null };
  },
  addStorage() {
    return { onMark: null, onOpen: null, onAnnounce: null, onHelp: null };
  },
  addCommands() {
    return {
      setWorkbenchHandlers: (handlers) => () => {
        Object.assign(this.storage, handlers);
        return true;
      },
    };
  },
  addKeyboardShortcuts() {
    const { canonicalText: text, lang } = this.options;
    const map = () => buildOffsetMap(text, textRunsOf(this.editor.state.doc));
    const select = (anchor: number, head: number) => {
      const { state, view } = this.editor;
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)).scrollIntoView());
      const from = Math.min(anchor, head);
      const to = Math.max(anchor, head);
      const words = state.doc.textBetween(from, to, " ").trim().split(/\s+/).filter(Boolean).length;
      this.storage.onAnnounce?.(
        words ? `Selected ${words} word${words === 1 ? "" : "s"}: ${state.doc.textBetween(from, to, " ").slice(0, 140)}` : "",
      );
      return true;
    };
    /** Moves the selection's head to a new canonical offset, keeping its anchor. */
    const extend = (boundary: (offset: number) => number) => {
      const { anchor, head } = this.editor.state.selection;
      const offsets = map();
      const headOffset = head > anchor ? offsets.toOffset(head - 1) + 1 : offsets.toOffset(head);
      const target = boundary(headOffset);
      const { from, to } = offsets.rangeToPos(Math.min(target, headOffset), Math.max(target, headOffset));
      return select(anchor, target >= headOffset ? to : from);
    };
    const goToClaim = (direction: 1 | -1) => {
      const { state } = this.editor;
      const spans = claimSpans(state);
      const caret = state.selection.from;
      const next = direction === 1 ? spans.find((span) => span.from > caret) : [...spans].reverse().find((span) => span.from < caret);
      if (!next) {
        this.storage.onAnnounce?.(direction === 1 ? "No more claims after this one." : "No claims before this one.");
        return true;
      }
      this.editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, next.from)).scrollIntoView());
      const index = spans.indexOf(next) + 1;
      this.storage.onAnnounce?.(
        `Claim ${index} of ${spans.length}: ${state.doc.textBetween(next.from, next.to, " ").slice(0, 140)}. Press Enter to open it.`,
      );
      return true;
    };
    const mark = () => {
      this.storage.onMark?.();
      return true;
    };
    return {
      s: () => {
        const offsets = map();
        const sentence = sentenceAt(text, offsets.toOffset(this.editor.state.selection.head), lang);
        if (!sentence) return true;
        const { from, to } = offsets.rangeToPos(sentence.start, sentence.end);
        return select(from, to);
      },
      "]": () => extend((offset) => nextSentenceBoundary(text, offset, 1, lang)),
      "[": () => extend((offset) => nextSentenceBoundary(text, offset, -1, lang)),
      w: () => extend((offset) => nextWordBoundary(text, offset, 1, lang)),
      b: () => extend((offset) => nextWordBoundary(text, offset, -1, lang)),
      n: () => goToClaim(1),
      p: () => goToClaim(-1),
      m: mark,
      [MARK_CLAIM_SHORTCUT.keys]: mark,
      Enter: () => {
        const ids = claimsAt(this.editor.state, this.editor.state.selection.from);
        if (ids.length) this.storage.onOpen?.(ids);
        return true;
      },
      "?": () => {
        this.storage.onHelp?.();
        return true;
      },
    };
  },
});
