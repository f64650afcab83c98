"use client";
// What happened to the editor's work: waiting, saving, saved, refused (with the reason).
import type { SaveStatus } from "./use-claim-saver";

const TEXT = { idle: "Changes save automatically", dirty: "Unsaved changes…", saving: "Saving…", saved: "Saved" } as const;

export function SaveIndicator({ status }: { status: SaveStatus }) {
  if (status.kind === "conflict") {
    return (
      <div role="alert" className="alert alert--error save-conflict">
        {status.message}{" "}
        <button type="button" className="button button--quiet" onClick={() => window.location.reload()}>
          Reload the claim
        </button>
      </div>
    );
  }
  return (
    <p role="status" className={`save-indicator save-indicator--${status.kind}`}>
      {status.kind === "error" ? status.message : TEXT[status.kind]}
    </p>
  );
}
