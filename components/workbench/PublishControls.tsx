"use client";
// Publishing, out of the article's way: one line with the fact-check's state and "Publish". The
// "Correction note" opens when the editor asks for it, or when the desk needs one (a published
// claim changed) — then with the reason, and focus in it. "Unpublish" asks first.
import { useEffect, useRef, useState } from "react";
import { publishArticleAction, unpublishArticleAction } from "@/lib/actions/review";

type Props = { articleId: string; slug: string; published: boolean; latestVersion: number | null; approvedCount: number };

export function PublishControls({ articleId, slug, published, latestVersion, approvedCount }: Props) {
  const [note, setNote] = useState("");
  const [noteOpen, setNoteOpen] = useState(false);
  const [error, setError] = useState<{ message: string; note?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error?.note) noteField.current?.focus();
    else if (error || done) outcome.current?.focus();
  }, [error, done]);

  async function publish() {
    setPending(true);
    setError(null);
    setDone(null);
    const result = await publishArticleAction({ articleId, correctionNote: note });
    setPending(false);
    if (result.ok) {
      setDone(
        result.data.created
          ? `Published version ${result.data.version}.`
          : `Published again: version ${result.data.version} is public, unchanged.`,
      );
      setNote("");
      setNoteOpen(false);
    } else {
      const noteError = result.fieldErrors?.correctionNote?.[0];
      if (noteError) setNoteOpen(true);
      setError({ message: result.message, note: noteError });
    }
  }
  async function unpublish() {
    setConfirming(false);
    const result = await unpublishArticleAction({ articleId });
    if (result.ok) setDone("Unpublished: readers no longer see it. Every version is kept.");
    else setError({ message: result.message });
  }

  return (
    <section className="publish-bar" aria-labelledby="publish-heading">
      <div className="publish-bar__line">
        <h2 id="publish-heading" className="publish-bar__title">
          Publishing
        </h2>
        <p className="muted publish-bar__state">
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
        <div className="button-row publish-bar__actions">
          {latestVersion !== null && !noteOpen && (
            <button type="button" className="link-button" aria-expanded={false} onClick={() => setNoteOpen(true)}>
              Add a correction note
            </button>
          )}
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
      </div>
      {done && (
        <p className="alert alert--success" role="status" ref={outcome} tabIndex={-1}>
          {done}
        </p>
      )}
      {error && !error.note && (
        <p className="alert alert--error" role="alert" ref={outcome} tabIndex={-1}>
          {error.message}
        </p>
      )}
      {noteOpen && (
        <div className="field publish-bar__note">
          <label htmlFor="correction-note">Correction note</label>
          <span className="muted" id="correction-note-hint">
            Shown publicly with its date. Required when a published claim changed or was withdrawn.
          </span>
          <textarea
            id="correction-note"
            ref={noteField}
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={!!error?.note}
            aria-describedby={`correction-note-hint${error?.note ? " correction-note-error" : ""}`}
          />
          {error?.note && (
            <span className="field-error" id="correction-note-error">
              {error.message} {error.note}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
