"use client";
// "Publish" (a new immutable version with the approved claims; a "Correction note" when a published
// verdict changed) and "Unpublish" after a confirmation.
import { useState } from "react";
import { publishArticleAction, unpublishArticleAction } from "@/lib/actions/review";

type Props = { articleId: string; slug: string; published: boolean; latestVersion: number | null; approvedCount: number };

export function PublishControls({ articleId, slug, published, latestVersion, approvedCount }: Props) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<{ message: string; note?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function publish() {
    setPending(true);
    setError(null);
    const result = await publishArticleAction({ articleId, correctionNote: note });
    setPending(false);
    if (result.ok) {
      setDone(
        result.data.created
          ? `Published version ${result.data.version}.`
          : `Published again: version ${result.data.version} is public, unchanged.`,
      );
      setNote("");
    } else setError({ message: result.message, note: result.fieldErrors?.correctionNote?.[0] });
  }
  async function unpublish() {
    setConfirming(false);
    const result = await unpublishArticleAction({ articleId });
    if (result.ok) setDone("Unpublished: readers no longer see it. Every version is kept.");
    else setError({ message: result.message });
  }

  return (
    <section className="card publish-controls" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publishing</h2>
      <p className="muted">
        {published ? (
          <>
            Published as version {latestVersion}: <a href={`/f/${slug}`}>read the public page</a>.{" "}
          </>
        ) : latestVersion ? (
          "Unpublished. "
        ) : (
          "Not published yet. "
        )}
        {approvedCount} approved claim{approvedCount === 1 ? "" : "s"} will appear.
      </p>
      {done && (
        <p className="alert alert--success" role="status">
          {done}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error.message}
        </p>
      )}
      {latestVersion !== null && (
        <div className="field">
          <label htmlFor="correction-note">Correction note</label>
          <span className="muted" id="correction-note-hint">
            Shown publicly with its date. Required when a published verdict changed.
          </span>
          <textarea
            id="correction-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={!!error?.note}
            aria-describedby={`correction-note-hint${error?.note ? " correction-note-error" : ""}`}
          />
          {error?.note && (
            <span className="field-error" id="correction-note-error">
              {error.note}
            </span>
          )}
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button" disabled={pending || approvedCount === 0} onClick={() => void publish()}>
          {pending ? "Publishing…" : "Publish"}
        </button>
        {published &&
          (confirming ? (
            <span role="group" aria-label="Confirm unpublishing" className="button-row">
              Hide the public page?
              <button type="button" className="button button--danger" onClick={() => void unpublish()}>
                Unpublish
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
              Unpublish…
            </button>
          ))}
      </div>
    </section>
  );
}
