"use client";
// The claim's sources: listed in order, each correctable ("Edit") and removable after a
// confirmation, and "Add source". Focus follows the work: into the form when it opens, onto the
// saved source when it closes, back to the button when it is cancelled.
import { useEffect, useRef, useState } from "react";
import { removeSourceAction } from "@/lib/actions/claim";
import { SourceForm } from "./SourceForm";
import type { RunVersioned } from "./use-claim-saver";

export type PanelSource = {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  quote: string | null;
  accessedAt: string | null;
  archiveUrl: string | null;
  kind: "PRIMARY" | "SECONDARY";
};

type Props = {
  articleId: string;
  claimId: string;
  sources: PanelSource[];
  canEdit: boolean;
  runVersioned: RunVersioned;
  error?: string;
  onAdded: () => void;
};

export function SourcesEditor({ articleId, claimId, sources, canEdit, runVersioned, error, onAdded }: Props) {
  // "new": the form for a new source; an id: the form correcting that source.
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // A saved source is focused once the refreshed list shows it.
  useEffect(() => {
    if (!focusOn) return;
    const target = focusOn === "add" ? addButton.current : document.getElementById(`source-${focusOn}`);
    if (target) {
      target.focus();
      setFocusOn(null);
    }
  }, [focusOn, sources, editing]);

  async function remove(sourceId: string) {
    setConfirming(null);
    const result = await runVersioned((version) => removeSourceAction(articleId, { claimId, version, sourceId }));
    if (result?.ok) setFocusOn("add");
  }
  const closeForm = (saved?: string) => {
    if (saved && editing === "new") onAdded();
    setEditing(null);
    setFocusOn(saved ?? "add");
  };

  return (
    <section aria-labelledby="sources-heading" className="panel-section">
      <h3 id="sources-heading">Sources ({sources.length})</h3>
      {error && <p className="field-error">{error}</p>}
      {sources.length === 0 ? (
        <p className="muted">No sources yet. A claim needs at least one before it can be reviewed.</p>
      ) : (
        <ol className="source-list">
          {sources.map((source) => (
            <li key={source.id}>
              {editing === source.id ? (
                <SourceForm articleId={articleId} claimId={claimId} runVersioned={runVersioned} source={source} onDone={closeForm} />
              ) : (
                <>
                  <span id={`source-${source.id}`} tabIndex={-1}>
                    {source.url ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                  </span>
                  {source.publisher ? ` — ${source.publisher}` : ""}
                  <span className="muted"> · {source.kind === "PRIMARY" ? "primary" : "secondary"}</span>
                  {source.accessedAt ? <span className="muted"> · accessed {source.accessedAt}</span> : null}
                  {source.archiveUrl ? (
                    <>
                      {" "}
                      ·{" "}
                      <a href={source.archiveUrl} target="_blank" rel="noopener noreferrer">
                        archived copy
                      </a>
                    </>
                  ) : null}
                  {source.quote ? <q>{source.quote}</q> : null}
                  {canEdit &&
                    (confirming === source.id ? (
                      <div role="group" aria-label="Confirm removal" className="button-row">
                        <span>Remove this source?</span>
                        <button type="button" className="button button--danger" onClick={() => void remove(source.id)}>
                          Remove source
                        </button>
                        <button type="button" className="button button--quiet" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </div>
                    ) : (
                      <div className="button-row">
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Edit source: ${source.title}`}
                          onClick={() => setEditing(source.id)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Remove source: ${source.title}`}
                          onClick={() => setConfirming(source.id)}
                        >
                          Remove
                        </button>
                      </div>
                    ))}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit &&
        (editing === "new" ? (
          <SourceForm articleId={articleId} claimId={claimId} runVersioned={runVersioned} onDone={closeForm} />
        ) : (
          <button type="button" className="button button--quiet" ref={addButton} onClick={() => setEditing("new")}>
            Add source
          </button>
        ))}
    </section>
  );
}
