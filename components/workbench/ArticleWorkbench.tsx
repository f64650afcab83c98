"use client";
// The article in tiptap: selectable, never editable, with claims drawn over it. Selecting text
// (mouse, touch or keyboard: workbench-keys.ts) enables "Mark as claim" (button, M or Ctrl+Shift+M).
// Claims open by click, tap or Enter; where they overlap, the editor chooses which.
import { type Editor, EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { TextSelection } from "@tiptap/pm/state";
import { useEffect, useRef, useState } from "react";
import { reattachClaimAction } from "@/lib/actions/article";
import { createClaimAction, suggestClaimsAction } from "@/lib/actions/claim";
import { articleExtensions } from "@/lib/editor/article-extensions";
import { canonicalRange, ClaimHighlights, type HighlightedClaim } from "@/lib/editor/extensions/claim-highlights";
import { ClaimSuggestions } from "@/lib/editor/extensions/claim-suggestions";
import { ReadOnlyDocument } from "@/lib/editor/extensions/read-only-document";
import { MARK_CLAIM_SHORTCUT, WorkbenchKeys } from "@/lib/editor/extensions/workbench-keys";
import { ClaimChooser } from "./ClaimChooser";
import { claimWriter } from "./claim-writer";
import { ShortcutsDialog } from "./ShortcutsDialog";

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
  lang: string | null;
  claims: WorkbenchClaim[];
  openClaimId: string | null;
  canMark: boolean;
  /** The open claim, which "Re-attach" points at the selected words (shown for orphans and moved claims). */
  reattach: { claimId: string; version: number; status: "MOVED" | "ORPHANED" } | null;
};

export function ArticleWorkbench({ articleId, html, canonicalText, lang, claims, openClaimId, canMark, reattach }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [choosing, setChoosing] = useState<string[] | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const shortcuts = useRef<HTMLDialogElement>(null);

  const editor = useEditor({
    immediatelyRender: false,
    content: html,
    extensions: [
      ...articleExtensions,
      ReadOnlyDocument,
      ClaimHighlights.configure({ canonicalText }),
      ClaimSuggestions.configure({ canonicalText }),
      WorkbenchKeys.configure({ canonicalText, lang }),
    ],
    editorProps: {
      attributes: {
        class: "article-body workbench-text",
        // Read, selected and marked, never typed into: not announced as a text field, no
        // on-screen keyboard on touch, and translatable like any page.
        role: "document",
        "aria-label": "Article, read only: select words to mark a claim",
        inputmode: "none",
        translate: "yes",
        ...(lang ? { lang } : {}),
      },
      // A click on a highlight (not the end of a drag) opens its claim, or asks which one.
      handleClick: (view, _pos, event) => {
        if (!view.state.selection.empty || !(event.target instanceof Element)) return false;
        const ids = [...new Set(ancestorsOf(event.target, view.dom).map((mark) => mark.getAttribute("data-claim-id")!))];
        // A suggested sentence (not yet a claim): a click selects its words, ready to mark.
        const suggestion = ids.length === 0 ? event.target.closest("[data-suggestion-from]") : null;
        if (suggestion) {
          const from = Number(suggestion.getAttribute("data-suggestion-from"));
          const to = Number(suggestion.getAttribute("data-suggestion-to"));
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
          setStatus({ kind: "info", text: "Suggested sentence selected: press “Mark as claim” to make it a claim." });
          return true;
        }
        if (ids.length === 0) return false;
        open(ids);
        return true;
      },
    },
  });
  const hasSelection = useEditorState({ editor, selector: ({ editor: e }) => !!e && !e.state.selection.empty }) ?? false;

  function openClaim(claimId: string) {
    setChoosing(null);
    router.push(`/articles/${articleId}?claim=${claimId}`, { scroll: false });
  }
  function open(ids: string[]) {
    if (ids.length === 1) openClaim(ids[0]!);
    else setChoosing(ids);
  }

  useEffect(() => {
    editor?.commands.setClaimHighlights(claims.map((claim) => ({ ...claim, active: claim.id === openClaimId })));
  }, [editor, claims, openClaimId]);

  async function markClaim() {
    if (!editor || !canMark || pending) return;
    const selection = selectedRange(editor);
    if (!selection) return setStatus({ kind: "error", text: "Select the words of the claim first (S selects the sentence at the caret)." });
    const range = canonicalRange(editor.state.doc, canonicalText, selection.from, selection.to);
    setPending(true);
    setStatus({ kind: "info", text: "Marking the claim…" });
    const result = await createClaimAction({ articleId, ...range });
    setPending(false);
    if (!result.ok) return setStatus({ kind: "error", text: result.message });
    setStatus({ kind: "info", text: "Claim marked. Describe it in the claim panel." });
    openClaim(result.data.claimId);
  }

  async function toggleSuggestions() {
    if (!editor) return;
    if (suggesting) {
      setSuggesting(false);
      editor.commands.setClaimSuggestions([]);
      return setStatus({ kind: "info", text: "Suggestions hidden." });
    }
    setSuggesting(true);
    setStatus({ kind: "info", text: "Scoring the article's sentences…" });
    const result = await suggestClaimsAction(articleId);
    if (!result.ok) {
      setSuggesting(false);
      return setStatus({ kind: "error", text: result.message });
    }
    editor.commands.setClaimSuggestions(result.data);
    setStatus({
      kind: "info",
      text:
        result.data.length === 0
          ? "No sentence stands out as check-worthy."
          : `${result.data.length} check-worthy sentence${result.data.length === 1 ? "" : "s"} underlined (dotted): click one to select it, then mark it.`,
    });
  }

  async function reattachClaim() {
    if (!editor || !reattach || pending) return;
    const selection = selectedRange(editor);
    if (!selection) return setStatus({ kind: "error", text: "Select the words the claim is about first." });
    const range = canonicalRange(editor.state.doc, canonicalText, selection.from, selection.to);
    setPending(true);
    setStatus({ kind: "info", text: "Re-attaching the claim…" });
    const write = (version: number) => reattachClaimAction(articleId, { claimId: reattach.claimId, version, ...range });
    // Through the open panel's queue, so the version is the one its own saves produced.
    const run = claimWriter(reattach.claimId)?.run;
    const result = run ? await run(write, { step: true }) : await write(reattach.version);
    setPending(false);
    if (!result) return;
    if (!result.ok) return setStatus({ kind: "error", text: result.message });
    setStatus({ kind: "info", text: "Claim re-attached to the selected words." });
    router.refresh();
  }

  useEffect(() => {
    editor?.commands.setWorkbenchHandlers({
      onMark: () => void markClaim(),
      onOpen: open,
      onAnnounce: (text) => setStatus(text ? { kind: "info", text } : null),
      onHelp: () => shortcuts.current?.showModal(),
    });
  });

  return (
    <div className="workbench">
      {claims.map((claim) => (
        <span key={claim.id} id={`claim-desc-${claim.id}`} hidden>
          {claim.description}
        </span>
      ))}
      <div className="workbench-toolbar">
        {canMark && (
          <button
            type="button"
            className="button"
            disabled={!hasSelection || pending}
            title={`Mark as claim (M or ${MARK_CLAIM_SHORTCUT.label})`}
            aria-keyshortcuts={`M ${MARK_CLAIM_SHORTCUT.aria}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void markClaim()}
          >
            Mark as claim
          </button>
        )}
        {canMark && reattach && (
          <button
            type="button"
            className="button button--quiet"
            disabled={!hasSelection || pending}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void reattachClaim()}
          >
            Re-attach
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={suggesting}
          onClick={() => void toggleSuggestions()}
          title="Underline the article's most check-worthy sentences"
        >
          Suggest claims
        </button>
        <span className="muted">{canMark ? "Select words in the article, then mark them." : "Click a highlight to read its claim."}</span>
        <button
          type="button"
          className="link-button keyboard-hint"
          aria-keyshortcuts="Shift+?"
          onClick={() => shortcuts.current?.showModal()}
        >
          Keyboard shortcuts
        </button>
      </div>
      <p role="status" className={status?.kind === "error" ? "field-error" : "muted"} style={{ minHeight: "1.5em", margin: "0.25rem 0" }}>
        {status?.text}
      </p>
      {choosing && (
        <ClaimChooser
          claims={choosing.map((id) => ({ id, description: claims.find((claim) => claim.id === id)?.description ?? id }))}
          onChoose={openClaim}
          onCancel={() => {
            setChoosing(null);
            editor?.commands.focus();
          }}
        />
      )}
      <div role="region" aria-label="Article text">
        {editor ? <EditorContent editor={editor} /> : <div className="article-body muted">Loading the article…</div>}
      </div>
      <ShortcutsDialog ref={shortcuts} />
    </div>
  );
}

/** Every claim highlight around `target`, innermost first. */
function ancestorsOf(target: Element, root: Element): Element[] {
  const marks: Element[] = [];
  for (let node: Element | null = target; node && node !== root; node = node.parentElement) {
    if (node.matches("mark[data-claim-id]")) marks.push(node);
  }
  return marks;
}
