"use client";
// What happened to the editor's work: waiting, saving, saved, refused (with the reason).
import type { SaveStatus } from "./use-claim-saver";

const TEXT = { idle: "Changes save automatically", dirty: "Unsaved changes…", saving: "Saving…", saved: "Saved" } as const;

export function SaveIndicator({ status }: { status: SaveStatus }) {
  // A conflict is explained, with the editor's choices, by ConflictNotice.
  if (status.kind === "conflict") return <p className="save-indicator save-indicator--error">Not saved: someone else saved first</p>;
  return (
    <p role="status" className={`save-indicator save-indicator--${status.kind}`}>
      {status.kind === "error" ? status.message : TEXT[status.kind]}
    </p>
  );
}
