"use client";
// The claims beside the article: filter by state; deleting asks for confirmation first.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge, type RatingLook } from "@/components/ratings/RatingBadge";
import { deleteClaimAction } from "@/lib/actions/claim";
import { PRIORITY_LABELS, type Priority } from "@/lib/domain/claims/desk-fields";
import { allowedEvents, type ClaimState, LIVE_CLAIM_STATES, STATE_LABELS } from "@/lib/domain/claims/claim-workflow";

export type ListedClaim = {
  id: string;
  text: string;
  state: ClaimState;
  version: number;
  rating: RatingLook | null;
  claimant: string | null;
  sourceCount: number;
  anchorStatus: "ANCHORED" | "MOVED" | "ORPHANED";
  similarity: number | null;
  /** "Due 1 Dec 2026", "Overdue since …" (null: no due date), worked out on the server. */
  due: string | null;
  overdue: boolean;
  priority: Priority;
};

/** The re-anchoring status as words (never colour alone); nothing before the article's first new version. */
function anchorText(claim: ListedClaim, revised: boolean): string | null {
  if (claim.anchorStatus === "ORPHANED") return "Orphaned: not found in the current version";
  if (claim.anchorStatus === "MOVED") return `Moved${claim.similarity !== null ? ` (${Math.round(claim.similarity * 100)}% similar)` : ""}`;
  return revised ? "Anchored" : null;
}

type Props = { articleId: string; claims: ListedClaim[]; canDelete: boolean; revised: boolean };

export function ClaimList({ articleId, claims, canDelete, revised }: Props) {
  const router = useRouter();
  const [filter, setFilter] = useState<ClaimState | "ALL">("ALL");
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = filter === "ALL" ? claims : claims.filter((claim) => claim.state === filter);
  const orphans = claims.filter((claim) => claim.anchorStatus === "ORPHANED").length;

  async function remove(claim: ListedClaim) {
    const result = await deleteClaimAction(articleId, { claimId: claim.id, version: claim.version });
    setConfirming(null);
    if (!result.ok) setError(result.message);
    else router.refresh();
  }

  return (
    <aside className="card summary-box" aria-labelledby="claims-heading">
      <h2 id="claims-heading" style={{ marginTop: 0 }}>
        Claims ({claims.length})
      </h2>
      {claims.length > 0 && (
        <div className="field">
          <label htmlFor="claim-filter">Show</label>
          <select id="claim-filter" value={filter} onChange={(event) => setFilter(event.target.value as ClaimState | "ALL")}>
            <option value="ALL">All claims</option>
            {LIVE_CLAIM_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABELS[state]}
              </option>
            ))}
          </select>
        </div>
      )}
      {orphans > 0 && (
        <p className="alert alert--warning" role="note">
          {orphans === 1 ? "1 claim lost its words" : `${orphans} claims lost their words`} in the article&apos;s new version. Open each
          orphaned claim to attach it to the right words or retire it.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {claims.length === 0 ? (
        <p className="muted">No claims marked yet. Select words in the article and press “Mark as claim”.</p>
      ) : shown.length === 0 ? (
        <p className="muted">No claim is {STATE_LABELS[filter as ClaimState].toLowerCase()}.</p>
      ) : (
        <ol>
          {shown.map((claim) => (
            <li key={claim.id} id={`claim-${claim.id}`}>
              <StatePill state={claim.state} />
              {claim.rating ? <RatingBadge rating={claim.rating} /> : <span className="muted">not rated</span>}
              <div>
                <Link href={`/articles/${articleId}?claim=${claim.id}`} scroll={false}>
                  {claim.text}
                </Link>
              </div>
              <div className="muted">
                {claim.claimant ?? "No claimant yet"} · {claim.sourceCount} source{claim.sourceCount === 1 ? "" : "s"}
                {anchorText(claim, revised) ? (
                  <span className={`anchor-tag anchor-tag--${claim.anchorStatus}`}> · {anchorText(claim, revised)}</span>
                ) : null}
              </div>
              {(claim.due || claim.priority !== "NORMAL") && (
                <div className={claim.overdue ? "desk-note desk-note--overdue" : "desk-note"}>
                  {[claim.due, claim.priority !== "NORMAL" ? `${PRIORITY_LABELS[claim.priority]} priority` : null]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              )}
              {canDelete &&
                allowedEvents(claim.state).includes("DELETE") &&
                (confirming === claim.id ? (
                  <div
                    role="group"
                    aria-label="Confirm deletion"
                    style={{ display: "flex", gap: "0.5rem", marginTop: "0.4rem", flexWrap: "wrap" }}
                  >
                    <span>Delete this claim and its verdict?</span>
                    <button type="button" className="button button--danger" onClick={() => void remove(claim)}>
                      Delete claim
                    </button>
                    <button type="button" className="button button--quiet" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet"
                    style={{ marginTop: "0.4rem" }}
                    onClick={() => setConfirming(claim.id)}
                    aria-label={`Delete claim: ${claim.text}`}
                  >
                    Delete
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
