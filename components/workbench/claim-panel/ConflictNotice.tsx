"use client";
// Someone else saved the claim while this editor was changing it. Nothing the editor typed is
// dropped: the unsaved changes are shown (and can be copied), and the editor chooses — "Keep mine"
// saves them over the other person's version, "Take theirs" shows the stored claim instead.
import { useId, useState } from "react";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import type { RichTextDoc } from "@/lib/schemas/rich-text";
import { type ClaimPatch, FIELD_NAMES, type useClaimSaver } from "./use-claim-saver";

type Saver = Pick<ReturnType<typeof useClaimSaver>, "conflict" | "status" | "keepMine" | "discard">;
/** What names the ids of a change (claimant, rating, assignee). */
type Names = {
  ratings: { id: string; label: string }[];
  members: { id: string; name: string }[];
  claimant: { id: string; name: string } | null;
};
type Props = { saver: Saver; names: Names; onReload?: () => void };

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

export function ConflictNotice({ saver, names, onReload }: Props) {
  const { conflict, status } = saver;
  const message = status.kind === "conflict" ? status.message : "";
  const onKeepMine = async () => {
    if (await saver.keepMine()) onReload?.();
  };
  const onTakeTheirs = () => {
    saver.discard();
    onReload?.();
  };
  const id = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const mine = conflict && Object.keys(conflict.mine).length ? mineAsText(conflict.mine, nameOf(names)) : "";

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
      <h3 id={`${id}-title`}>Someone else saved this claim first</h3>
      <p>{conflict?.happened ?? message}</p>
      {mine ? (
        <>
          <label htmlFor={`${id}-mine`}>Your unsaved changes</label>
          <textarea id={`${id}-mine`} readOnly rows={Math.min(8, mine.split("\n").length + 1)} value={mine} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy || !conflict?.currentVersion}
              onClick={async () => {
                setBusy(true);
                await onKeepMine();
                setBusy(false);
              }}
            >
              Keep mine
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={onTakeTheirs}>
              Take theirs
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void copyMine()}>
              Copy mine
            </button>
          </div>
          <p className="field-note">Keep mine saves your changes over theirs; take theirs shows their version and drops yours.</p>
        </>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={onTakeTheirs}>
            Show their version
          </button>
        </div>
      )}
      <p role="status" className="field-note">
        {note}
      </p>
    </section>
  );
}
