"use client";
// The article in tiptap: selectable, never editable, with claims drawn over it. Selecting text
// (mouse or keyboard) enables "Mark as claim" (button or Ctrl+Shift+M).
import { type Editor, EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { createClaimAction } from "@/lib/actions/claim";
import { articleExtensions } from "@/lib/editor/article-extensions";
import { canonicalRange, ClaimHighlights, type HighlightedClaim } from "@/lib/editor/extensions/claim-highlights";
import { MARK_CLAIM_SHORTCUT, MarkClaimShortcut } from "@/lib/editor/extensions/mark-claim-shortcut";
import { ReadOnlyDocument } from "@/lib/editor/extensions/read-only-document";

/**
 * The selected range. The browser's live selection wins: ProseMirror reads selection changes
 * asynchronously, so a fast Shift+Home then Ctrl+Shift+M would otherwise see the old selection.
 */
function selectedRange(editor: Editor): { from: number; to: number } | null {
  const view = editor.view;
  const dom = window.getSelection();
  if (dom && !dom.isCollapsed && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    if (anchor !== head) return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
  }
  const { from, to } = editor.state.selection;
  return from === to ? null : { from, to };
}

export type WorkbenchClaim = HighlightedClaim & { description: string };

type Props = {
  articleId: string;
  html: string;
  canonicalText: string;
  claims: WorkbenchClaim[];
  openClaimId: string | null;
  canMark: boolean;
};

export function ArticleWorkbench({ articleId, html, canonicalText, claims, openClaimId, canMark }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const editor = useEditor({
    immediatelyRender: false,
    content: html,
    extensions: [...articleExtensions, ReadOnlyDocument, ClaimHighlights.configure({ canonicalText }), MarkClaimShortcut],
    editorProps: {
      attributes: { class: "article-body workbench-text", "aria-readonly": "true", "aria-label": "Article text" },
      // A click on a highlight (not the end of a drag) opens that claim in the panel.
      handleClick: (view, _pos, event) => {
        const mark = (event.target as HTMLElement).closest("mark[data-claim-id]");
        if (!mark || !view.state.selection.empty) return false;
        openClaim(mark.getAttribute("data-claim-id")!);
        return true;
      },
    },
  });
  const hasSelection = useEditorState({ editor, selector: ({ editor: e }) => !!e && !e.state.selection.empty }) ?? false;

  function openClaim(claimId: string) {
    router.push(`/articles/${articleId}?claim=${claimId}`, { scroll: false });
  }

  useEffect(() => {
    editor?.commands.setClaimHighlights(claims.map((claim) => ({ ...claim, active: claim.id === openClaimId })));
  }, [editor, claims, openClaimId]);

  async function markClaim() {
    if (!editor || !canMark || pending) return;
    const selection = selectedRange(editor);
    if (!selection) {
      setStatus({ kind: "error", text: "Select the words of the claim first." });
      return;
    }
    const range = canonicalRange(editor.state.doc, canonicalText, selection.from, selection.to);
    setPending(true);
    setStatus({ kind: "info", text: "Marking the claim…" });
    const result = await createClaimAction({ articleId, ...range });
    setPending(false);
    if (!result.ok) {
      setStatus({ kind: "error", text: result.message });
      return;
    }
    setStatus({ kind: "info", text: "Claim marked. Describe it in the claim panel." });
    openClaim(result.data.claimId);
  }

  useEffect(() => {
    editor?.commands.setMarkClaimHandler(() => void markClaim());
  });

  return (
    <div className="workbench">
      {claims.map((claim) => (
        <span key={claim.id} id={`claim-desc-${claim.id}`} hidden>
          {claim.description}
        </span>
      ))}
      {canMark && (
        <div className="workbench-toolbar">
          <button
            type="button"
            className="button"
            disabled={!hasSelection || pending}
            title={`Mark as claim (${MARK_CLAIM_SHORTCUT.label})`}
            aria-keyshortcuts={MARK_CLAIM_SHORTCUT.aria}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void markClaim()}
          >
            Mark as claim
          </button>
          <span className="muted">Select words in the article, then mark them — or press {MARK_CLAIM_SHORTCUT.label}.</span>
        </div>
      )}
      <p role="status" className={status?.kind === "error" ? "field-error" : "muted"} style={{ minHeight: "1.5em", margin: "0.25rem 0" }}>
        {status?.text}
      </p>
      <div role="region" aria-label="Article text">
        {editor ? <EditorContent editor={editor} /> : <div className="article-body muted">Loading the article…</div>}
      </div>
    </div>
  );
}
