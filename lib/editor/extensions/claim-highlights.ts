// Draws claims over the article as inline decorations rendered <mark data-claim-id>: the stored
// revision is never modified, and overlapping claims simply overlap. Anchors are canonical-text
// offsets; the pure offset map translates them to editor positions and back.
import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { buildOffsetMap, type TextRun } from "@/lib/domain/anchoring/offset-map";

/** `active`: the claim open in the panel, drawn more strongly. */
export type HighlightedClaim = { id: string; start: number; end: number; color: string; active?: boolean };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces the drawn claims. */
      setClaimHighlights: (claims: HighlightedClaim[]) => ReturnType;
    };
  }
}

/** The document's text nodes as { pos, text }, in order: the input of the offset map. */
export function textRunsOf(doc: ProseMirrorNode): TextRun[] {
  const runs: TextRun[] = [];
  doc.descendants((node, pos) => {
    if (node.isText && node.text) runs.push({ pos, text: node.text });
  });
  return runs;
}

/** Canonical offsets [start, end) of the editor range [from, to). */
export function canonicalRange(doc: ProseMirrorNode, canonicalText: string, from: number, to: number) {
  const map = buildOffsetMap(canonicalText, textRunsOf(doc));
  return { start: map.toOffset(from), end: map.toOffset(to - 1) + 1 };
}

/** A drawn claim in editor positions. */
export type ClaimSpan = { id: string; from: number; to: number };
type HighlightState = { decorations: DecorationSet; spans: ClaimSpan[] };

const pluginKey = new PluginKey<HighlightState>("claimHighlights");

/** The drawn claims, in document order. */
export function claimSpans(state: EditorState): ClaimSpan[] {
  return pluginKey.getState(state)?.spans ?? [];
}

function decorate(doc: ProseMirrorNode, canonicalText: string, claims: HighlightedClaim[]): HighlightState {
  const map = buildOffsetMap(canonicalText, textRunsOf(doc));
  const spans: ClaimSpan[] = [];
  const decorations = claims.flatMap((claim) => {
    const { from, to } = map.rangeToPos(claim.start, claim.end);
    if (to <= from) return [];
    spans.push({ id: claim.id, from, to });
    return [
      Decoration.inline(from, to, {
        nodeName: "mark",
        class: claim.active ? "claim-mark claim-mark--active" : "claim-mark",
        "data-claim-id": claim.id,
        "aria-describedby": `claim-desc-${claim.id}`,
        style: `--claim-color: ${claim.color}`,
      }),
    ];
  });
  spans.sort((a, b) => a.from - b.from || a.to - b.to);
  return { decorations: DecorationSet.create(doc, decorations), spans };
}

export const ClaimHighlights = Extension.create<{ canonicalText: string }>({
  name: "claimHighlights",
  addOptions() {
    return { canonicalText: "" };
  },
  addCommands() {
    return {
      setClaimHighlights:
        (claims) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(pluginKey, claims);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const canonicalText = this.options.canonicalText;
    return [
      new Plugin<HighlightState>({
        key: pluginKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, spans: [] }),
          // The document never changes (ReadOnlyDocument): only new claims redraw.
          apply(tr, value) {
            const claims = tr.getMeta(pluginKey) as HighlightedClaim[] | undefined;
            return claims ? decorate(tr.doc, canonicalText, claims) : value;
          },
        },
        props: { decorations: (state) => pluginKey.getState(state)?.decorations },
      }),
    ];
  },
});
