"use client";
// Someone else saved (or deleted) the claim while this editor was changing it. Nothing the editor
// typed is dropped: the unsaved changes are shown (and can be copied), nothing is sent while the
// notice is open, and the editor chooses — "Keep mine" saves them over the other version (asking
// first when that takes the claim out of review), "Take theirs" shows the stored claim instead.
// A refused step (a source, Submit for review) has nothing to keep: "Continue with their version"
// leaves the form on screen to be sent again.
import { useId, useState } from "react";
import Link from "next/link";
import { isEvidenceField } from "@/lib/domain/claims/claim-fields";
import { type ClaimState, evidenceEditLeavesReview } from "@/lib/domain/claims/claim-workflow";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import type { RichTextDoc } from "@/lib/schemas/rich-text";
import { type ClaimPatch, FIELD_NAMES, type useClaimSaver } from "./use-claim-saver";

type Saver = Pick<ReturnType<typeof useClaimSaver>, "conflict" | "status" | "keepMine" | "discard" | "continueWithTheirs">;
/** What names the ids of a change (claimant, rating, assignee). */
type Names = {
  ratings: { id: string; label: string }[];
  members: { id: string; name: string }[];
  claimant: { id: string; name: string } | null;
};
type Props = { saver: Saver; names: Names; articleId: string; onReload?: () => void };

const nameOf =
  ({ ratings, members, claimant }: Names) =>
  (field: string, id: string) =>
    (field === "ratingId"
      ? ratings.find((rating) => rating.id === id)?.label
      : field === "claimantId"
        ? claimant?.id === id && claimant.name
        : members.find((member) => member.id === id)?.name) || "(your choice)";

function valueText(field: string, value: unknown, nameOf: (field: string, id: string) => string): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (field === "explanation") return richTextToPlainText(value as RichTextDoc);
  if (field.endsWith("Id")) return nameOf(field, String(value));
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

export function mineAsText(mine: ClaimPatch, nameOf: (field: string, id: string) => string): string {
  return Object.entries(mine)
    .map(([field, value]) => `${FIELD_NAMES[field] ?? field}: ${valueText(field, value, nameOf)}`)
    .join("\n\n");
}

export function ConflictNotice({ saver, names, articleId, onReload }: Props) {
  const { conflict, status } = saver;
  const id = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const mine = conflict && Object.keys(conflict.mine).length ? mineAsText(conflict.mine, nameOf(names)) : "";
  // Keeping evidence edits on a claim someone sent to review (or approved) takes it back to draft.
  const leavesReview =
    !!conflict?.currentState &&
    evidenceEditLeavesReview(conflict.currentState as ClaimState) &&
    Object.keys(conflict.mine).some(isEvidenceField);

  async function keepMine() {
    if (leavesReview && !confirming) return setConfirming(true);
    setBusy(true);
    if (await saver.keepMine()) onReload?.();
    setBusy(false);
  }

  async function copyMine() {
    try {
      await navigator.clipboard.writeText(mine);
      setNote("Your changes are copied. Take theirs, then paste what you need.");
    } catch {
      // No clipboard (an insecure page, a refused permission): the text is selected for Ctrl+C.
      const box = document.getElementById(`${id}-mine`) as HTMLTextAreaElement | null;
      box?.select();
      setNote("Your changes are selected: press Ctrl+C (⌘C) to copy them.");
    }
  }

  return (
    <section role="alert" aria-labelledby={`${id}-title`} className="alert alert--error conflict-notice">
      <h3 id={`${id}-title`}>{conflict?.deleted ? "This claim was deleted elsewhere" : "This claim was changed elsewhere first"}</h3>
      <p>{conflict?.happened ?? (status.kind === "conflict" ? status.message : "")}</p>
      {mine && (
        <>
          <label htmlFor={`${id}-mine`}>Your unsaved changes</label>
          <textarea id={`${id}-mine`} readOnly rows={Math.min(8, mine.split("\n").length + 1)} value={mine} />
        </>
      )}
      {confirming && (
        <p>
          <strong>The claim is {conflict?.currentState === "APPROVED" ? "approved" : "in review"} now.</strong> Keeping your changes sends
          it back to draft and voids its approvals.
        </p>
      )}
      <div className="button-row">
        {mine && !conflict?.deleted && (
          <>
            <button type="button" className="button" disabled={busy || !conflict?.currentVersion} onClick={() => void keepMine()}>
              {confirming ? "Keep mine and send it back to draft" : "Keep mine"}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => {
                saver.discard();
                onReload?.();
              }}
            >
              Take theirs
            </button>
          </>
        )}
        {mine && (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => void copyMine()}>
            Copy mine
          </button>
        )}
        {!mine && !conflict?.deleted && (
          <button type="button" className="button" onClick={saver.continueWithTheirs}>
            Continue with their version
          </button>
        )}
        {conflict?.deleted && (
          <Link className="button button--quiet" href={`/articles/${articleId}`}>
            Back to all claims
          </Link>
        )}
      </div>
      <p className="field-note">
        {conflict?.deleted
          ? "Copy what you need: a deleted claim cannot be saved."
          : mine
            ? "Keep mine saves your changes over theirs; Take theirs shows their version and drops yours. Nothing is sent until you choose."
            : "What you were doing was not saved and is still on screen: continue, and do it again over their version."}
      </p>
      <p role="status" className="field-note">
        {note}
      </p>
    </section>
  );
}
