"use client";
// The claim's sources: listed in order, each removable after a confirmation, and "Add source".
import { useState } from "react";
import { removeSourceAction } from "@/lib/actions/claim";
import { AddSourceForm } from "./AddSourceForm";
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
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);

  async function remove(sourceId: string) {
    setConfirming(null);
    await runVersioned((version) => removeSourceAction(articleId, { claimId, version, sourceId }));
  }

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
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
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
                  <div>
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
            </li>
          ))}
        </ol>
      )}
      {canEdit &&
        (adding ? (
          <AddSourceForm
            articleId={articleId}
            claimId={claimId}
            runVersioned={runVersioned}
            onDone={() => {
              setAdding(false);
              onAdded();
            }}
          />
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setAdding(true)}>
            Add source
          </button>
        ))}
    </section>
  );
}
