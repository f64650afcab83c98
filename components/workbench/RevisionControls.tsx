"use client";
// New versions of the article: "Check for a new version" fetches its address again (articles
// imported from a URL); "Upload a new version" takes pasted text or a file. The outcome says what
// happened to the claims, and links to "What changed".
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { addRevisionAction } from "@/lib/actions/article";

type Props = {
  articleId: string;
  revision: number;
  canRecheck: boolean;
  checked: { at: string; error: string | null } | null;
};

type Outcome = { kind: "done" | "error"; text: string; changed: boolean };

export function RevisionControls({ articleId, revision, canRecheck, checked }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function send(form: FormData, what: string) {
    setPending(what);
    setOutcome(null);
    setFieldError(null);
    form.set("articleId", articleId);
    const result = await addRevisionAction(form);
    setPending(null);
    if (!result.ok) {
      setFieldError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? null);
      return setOutcome({ kind: "error", text: result.message, changed: false });
    }
    const { created, revision: number, anchored, moved, orphaned } = result.data;
    if (!created) return setOutcome({ kind: "done", text: `No change: the text is the same as revision ${number}.`, changed: false });
    const parts = [`${anchored} anchored`, `${moved} moved`, `${orphaned} orphaned`].join(", ");
    setOutcome({
      kind: "done",
      text: `Revision ${number} stored. Claims: ${parts}.${orphaned ? ` Open each orphaned claim to re-attach or retire it.` : ""}`,
      changed: true,
    });
    router.refresh();
  }

  function recheck() {
    const form = new FormData();
    form.set("kind", "recheck");
    void send(form, "recheck");
  }
  function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    form.set("kind", file instanceof File && file.size > 0 ? "file" : "text");
    void send(form, "upload");
  }

  return (
    <details className="revision-controls">
      <summary>
        New version of the article <span className="muted">(revision {revision})</span>
      </summary>
      <div className="revision-controls__body">
        {canRecheck && (
          <p className="button-row">
            <button type="button" className="button button--quiet" disabled={!!pending} onClick={recheck}>
              {pending === "recheck" ? "Checking…" : "Check for a new version"}
            </button>
            {checked && (
              <span className="muted">
                Last checked {new Date(checked.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
                {checked.error ? ` — failed: ${checked.error}` : ""}
              </span>
            )}
          </p>
        )}
        <form onSubmit={upload} aria-label="Upload a new version" aria-busy={pending === "upload"}>
          <div className="field">
            <label htmlFor="new-version-text">New version text</label>
            <span className="muted" id="new-version-hint">
              Paste the whole corrected article, or choose a file. Claims follow their words into it.
            </span>
            <textarea
              id="new-version-text"
              name="text"
              rows={5}
              aria-describedby={fieldError ? "new-version-hint new-version-error" : "new-version-hint"}
              aria-invalid={!!fieldError}
            />
          </div>
          <div className="field">
            <label htmlFor="new-version-file">New version file</label>
            <input
              id="new-version-file"
              name="file"
              type="file"
              accept=".html,.htm,.md,.markdown,.txt,text/html,text/markdown,text/plain"
            />
          </div>
          {fieldError && (
            <p className="field-error" id="new-version-error">
              {fieldError}
            </p>
          )}
          <button type="submit" className="button button--quiet" disabled={!!pending}>
            {pending === "upload" ? "Uploading…" : "Upload a new version"}
          </button>
        </form>
      </div>
      {outcome && (
        <p
          role={outcome.kind === "error" ? "alert" : "status"}
          className={outcome.kind === "error" ? "field-error" : "alert alert--success"}
        >
          {outcome.text} {outcome.changed && <Link href={`/articles/${articleId}/changes`}>What changed</Link>}
        </p>
      )}
    </details>
  );
}
