"use client";
// Paste ClaimReview JSON or choose a file, import, and read what happened: the counts, and every
// item that was not imported with its reason. Nothing typed or chosen is lost when the import fails.
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { importClaimReviewsAction } from "@/lib/actions/reference";
import type { ActionResult } from "@/lib/errors";
import { type ImportClaimReviewsResult, MAX_IMPORT_BYTES } from "@/lib/schemas/reference";

type Outcome = ActionResult<ImportClaimReviewsResult>;
type Failure = Extract<Outcome, { ok: false }>;

// Said next to its field; the alert says what it means for the import, as the server's answer does.
const refuse = (field: "json" | "file", message: string): Failure => ({
  ok: false,
  code: "INVALID_INPUT",
  message: "Nothing was imported.",
  fieldErrors: { [field]: [message] },
});

/** Checks what the browser can check before sending up to 5 MB. */
function checkBeforeSending(form: FormData): Failure | null {
  const json = form.get("json");
  const file = form.get("file");
  const pasted = typeof json === "string" && json.trim() !== "";
  const chosen = file instanceof File && file.name !== "";
  if (chosen && file.size === 0) return refuse("file", "The file is empty.");
  if (pasted && chosen) return refuse("file", "Paste JSON or choose a file, not both: clear one of them.");
  if (!pasted && !chosen) return refuse("json", "Paste ClaimReview JSON or choose a file.");
  if (chosen && !/\.(json|jsonld)$/i.test(file.name)) return refuse("file", "Choose a .json or .jsonld file.");
  if (chosen && file.size > MAX_IMPORT_BYTES) return refuse("file", "The file is larger than 5 MB: split it into smaller files.");
  if (pasted && new Blob([json]).size > MAX_IMPORT_BYTES)
    return refuse("json", "Paste at most 5 MB of JSON, or split it into several imports.");
  return null;
}

const count = (value: number) => value.toLocaleString("en");

export function ClaimReviewImportForm() {
  const [state, formAction, pending] = useActionState(importClaimReviewsAction, null);
  const [refused, setRefused] = useState<Failure | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // An imported file is done with; the pasted text stays, to fix the items that were not imported.
  useEffect(() => {
    if (state?.ok && fileInput.current) fileInput.current.value = "";
  }, [state]);
  const outcome: Outcome | null = refused ?? state;
  const failure = outcome && !outcome.ok ? outcome : null;
  const errorOf = (field: string) => failure?.fieldErrors?.[field]?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    // Dispatched by hand: React would reset the form after its action, emptying the pasted JSON.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problem = checkBeforeSending(data);
    setRefused(problem);
    if (problem) return;
    // No file chosen: an empty file part is not sent at all.
    const file = data.get("file");
    if (file instanceof File && file.name === "") data.delete("file");
    startTransition(() => formAction(data));
  }

  const jsonError = errorOf("json");
  const fileError = errorOf("file");
  // Problems that belong to no field: the body's shape, or every item's error when none could be imported.
  const listed = failure ? [...(failure.fieldErrors?.input ?? []), ...(failure.fieldErrors?.items ?? [])] : [];
  return (
    <form action={formAction} onSubmit={submit} className="card" aria-label="Import ClaimReview" aria-busy={pending} noValidate>
      <div className="field">
        <label htmlFor="claim-review-json">ClaimReview JSON</label>
        <span className="muted" id="claim-review-json-hint">
          A ClaimReview, an array of them, a schema.org DataFeed or a JSON-LD page’s markup: up to 1,000 items and 5 MB.
        </span>
        <textarea
          id="claim-review-json"
          name="json"
          rows={10}
          spellCheck={false}
          className="code-input"
          aria-invalid={!!jsonError}
          aria-describedby={["claim-review-json-hint", jsonError ? "claim-review-json-error" : ""].join(" ").trim()}
        />
        {jsonError && (
          <span className="field-error" id="claim-review-json-error">
            {jsonError}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="claim-review-file">ClaimReview file</label>
        <span className="muted" id="claim-review-file-hint">
          Or a .json or .jsonld file of up to 5 MB.
        </span>
        <input
          id="claim-review-file"
          name="file"
          type="file"
          ref={fileInput}
          className="file-input"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-invalid={!!fileError}
          aria-describedby={["claim-review-file-hint", fileError ? "claim-review-file-error" : ""].join(" ").trim()}
          onChange={() => setRefused(null)}
        />
        {fileError && (
          <span className="field-error" id="claim-review-file-error">
            {fileError}
          </span>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Importing…" : "Import"}
        </button>
      </div>
      {failure && !pending && (
        <div className="alert alert--error import-outcome" role="alert">
          <p>{failure.message}</p>
          {listed.length > 0 && <ItemErrors errors={listed} />}
        </div>
      )}
      {outcome?.ok && !pending && <ImportSummary result={outcome.data} />}
    </form>
  );
}

function ImportSummary({ result }: { result: ImportClaimReviewsResult }) {
  const { imported, updated, skipped, errors } = result;
  return (
    <div className={`alert ${errors.length ? "alert--warning" : "alert--success"} import-outcome`} role="status">
      <p>
        <strong>{count(imported)} imported</strong>, {count(updated)} updated, {count(skipped)} skipped
        {skipped > 0 ? " (already in the archive, unchanged)" : ""}.
      </p>
      {errors.length > 0 && (
        <>
          <p>
            {count(errors.length)} {errors.length === 1 ? "item was" : "items were"} not imported. Items are numbered from 0 in the order
            they appear, DataFeed items included:
          </p>
          <ItemErrors errors={errors.map((error) => error.message)} />
        </>
      )}
    </div>
  );
}

function ItemErrors({ errors }: { errors: string[] }) {
  return (
    <ul className="item-errors">
      {errors.map((message, position) => (
        <li key={position}>{message}</li>
      ))}
    </ul>
  );
}
