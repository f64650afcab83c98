"use client";
// Where the claim stands in the article's current version, as text: "Anchored", "Moved" (with the
// old quote and how similar the new one is) or "Orphaned" (its old words and context, the best
// places found, and the ways out: attach to a candidate, select words and "Re-attach", or retire).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteClaimAction } from "@/lib/actions/claim";
import { reattachClaimAction } from "@/lib/actions/article";
import type { RunVersioned } from "./use-claim-saver";

export type PanelAnchor = {
  status: "ANCHORED" | "MOVED" | "ORPHANED";
  previousQuote: string | null;
  similarity: number | null;
  prefix: string;
  suffix: string;
  candidates: { start: number; end: number; exact: string; similarity: number }[];
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

type Props = { articleId: string; claimId: string; quote: string; anchor: PanelAnchor; canEdit: boolean; runVersioned: RunVersioned };

export function AnchorNotice({ articleId, claimId, quote, anchor, canEdit, runVersioned }: Props) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [retiring, setRetiring] = useState(false);
  const [pending, setPending] = useState(false);

  async function attach(start: number, end: number) {
    setPending(true);
    setProblem(null);
    const result = await runVersioned((version) => reattachClaimAction(articleId, { claimId, version, start, end }), { step: true });
    setPending(false);
    if (result?.ok) router.refresh();
    else if (result) setProblem(result.message);
  }
  async function retire() {
    setPending(true);
    // The panel's own saves go first, so the deletion names the version they produced.
    const result = await runVersioned(
      async (version) => {
        const deleted = await deleteClaimAction(articleId, { claimId, version });
        return deleted.ok ? { ok: true as const, data: { version: version + 1 } } : deleted;
      },
      { step: true },
    );
    setPending(false);
    if (result?.ok) router.push(`/articles/${articleId}`, { scroll: false });
    else if (result) setProblem(result.message);
  }

  if (anchor.status === "ANCHORED")
    return (
      <p className="anchor-status">
        <strong>Anchored</strong>
        {anchor.previousQuote && anchor.previousQuote !== quote ? ` · its earlier words: “${anchor.previousQuote}”` : ""}
      </p>
    );
  if (anchor.status === "MOVED")
    return (
      <div className="alert alert--info anchor-status" role="note">
        <p>
          <strong>Moved</strong>: the article&apos;s new version has these words with edits
          {anchor.similarity !== null ? ` (${percent(anchor.similarity)} similar)` : ""}. Check that the claim still fits them.
        </p>
        {anchor.previousQuote && (
          <p>
            Was: <del>“{anchor.previousQuote}”</del>
          </p>
        )}
      </div>
    );
  return (
    <div className="alert alert--warning anchor-status" role="note" aria-labelledby={`orphan-${claimId}`}>
      <p id={`orphan-${claimId}`}>
        <strong>Orphaned</strong>: these words are not in the article&apos;s current version
        {anchor.candidates.length > 1 ? ", or more than one place fits equally well" : ""}. It is not drawn in the article and cannot be
        approved until it is re-attached.
      </p>
      <p className="anchor-context">
        Old text: …{anchor.prefix}
        <mark>{anchor.previousQuote ?? quote}</mark>
        {anchor.suffix}…
      </p>
      {anchor.candidates.length > 0 && (
        <>
          <p>Best places in the current version:</p>
          <ul className="anchor-candidates">
            {anchor.candidates.map((candidate) => (
              <li key={`${candidate.start}-${candidate.end}`}>
                “{candidate.exact}” <span className="muted">({percent(candidate.similarity)} similar)</span>
                {canEdit && (
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={pending}
                    onClick={() => void attach(candidate.start, candidate.end)}
                    aria-label={`Attach here: “${candidate.exact.slice(0, 80)}”`}
                  >
                    Attach here
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit && (
        <>
          <p className="muted">Or select the right words in the article and press “Re-attach” above it.</p>
          {retiring ? (
            <div role="group" aria-label="Confirm retiring" className="button-row">
              <span>Retire this claim? It is removed from the article and its history kept.</span>
              <button type="button" className="button button--danger" disabled={pending} onClick={() => void retire()}>
                Retire claim
              </button>
              <button type="button" className="button button--quiet" onClick={() => setRetiring(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setRetiring(true)}>
              Retire…
            </button>
          )}
        </>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
