// "Suggest claims": the article's most check-worthy sentences drawn with a dotted underline and
// their reasons as a tooltip — decorations only, never claims. Clicking one selects its words, so
// "Mark as claim" makes it a claim.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { buildOffsetMap } from "@/lib/domain/anchoring/offset-map";
import { textRunsOf } from "./claim-highlights";

export type ClaimSuggestion = { start: number; end: number; score: number; reasons: string[] };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimSuggestions: {
      /** Replaces the suggested sentences (an empty list removes them). */
      setClaimSuggestions: (suggestions: ClaimSuggestion[]) => ReturnType;
    };
  }
}

const pluginKey = new PluginKey<DecorationSet>("claimSuggestions");

export const ClaimSuggestions = Extension.create<{ canonicalText: string }>({
  name: "claimSuggestions",
  addOptions() {
    return { canonicalText: "" };
  },
  addCommands() {
    return {
      setClaimSuggestions:
        (suggestions) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(pluginKey, suggestions);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const canonicalText = this.options.canonicalText;
    return [
      new Plugin<DecorationSet>({
        key: pluginKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, value) {
            const suggestions = tr.getMeta(pluginKey) as ClaimSuggestion[] | undefined;
            if (!suggestions) return value;
            const map = buildOffsetMap(canonicalText, textRunsOf(tr.doc));
            return DecorationSet.create(
              tr.doc,
              suggestions.flatMap((suggestion) => {
                const { from, to } = map.rangeToPos(suggestion.start, suggestion.end);
                if (to <= from) return [];
                const why = `Suggested claim (check-worthiness ${Math.round(suggestion.score * 100)}%): ${suggestion.reasons.join("; ")}`;
                return [
                  Decoration.inline(from, to, {
                    class: "claim-suggestion",
                    title: why,
                    "data-suggestion-from": String(from),
                    "data-suggestion-to": String(to),
                  }),
                ];
              }),
            );
          },
        },
        props: { decorations: (state) => pluginKey.getState(state) },
      }),
    ];
  },
});
