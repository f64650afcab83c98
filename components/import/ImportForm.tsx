"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { importArticleAction, previewArticleUrlAction } from "@/lib/actions/article";
import type { ActionResult } from "@/lib/errors";
import { MAX_IMPORT_CHARACTERS } from "@/lib/schemas/import";
import { type ArticleDetails, ArticleDetailsFields, EMPTY_DETAILS } from "./ArticleDetailsFields";
import { type PagePreview, PagePreviewNote } from "./PagePreviewNote";

type Kind = "url" | "text" | "file";
type Failure = Extract<ActionResult, { ok: false }>;

const KINDS: { kind: Kind; label: string }[] = [
  { kind: "url", label: "Web address" },
  { kind: "text", label: "Pasted text" },
  { kind: "file", label: "File" },
];

/** A request that never got an answer (too large for the server, network down) as a failure the form can show. */
const unreachable = (): Failure => ({
  ok: false,
  code: "INTERNAL",
  message: "The desk did not accept the request: the connection dropped or the import was too large. Nothing was imported; try again.",
});

const PROGRESS: Record<Kind | "preview", string> = {
  preview: "Fetching the page and reading its details…",
  url: "Fetching the page and extracting the article…",
  text: "Saving the text…",
  file: "Reading the file…",
};

export function ImportForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>("url");
  const [pending, setPending] = useState<Kind | "preview" | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [details, setDetails] = useState<ArticleDetails>(EMPTY_DETAILS);
  const [preview, setPreview] = useState<PagePreview | null>(null);

  async function submit(form: HTMLFormElement, allowDuplicate = false) {
    const data = new FormData(form);
    data.set("kind", kind);
    if (allowDuplicate) data.set("allowDuplicate", "true");
    const file = data.get("file");
    if (kind === "file" && file instanceof File && file.size > MAX_IMPORT_CHARACTERS) {
      setFailure({
        ok: false,
        code: "INVALID_INPUT",
        message: "The file is too large to import (5 MB at most).",
        fieldErrors: { content: ["Choose a file of 5 MB or less."] },
      });
      return;
    }
    const text = data.get("text");
    if (kind === "text" && typeof text === "string" && text.length > MAX_IMPORT_CHARACTERS) {
      setFailure({
        ok: false,
        code: "INVALID_INPUT",
        message: "The text is too long to import (5 MB at most).",
        fieldErrors: { text: ["Paste at most 5 MB of text."] },
      });
      return;
    }
    setPending(kind);
    setFailure(null);
    const result = await importArticleAction(data).catch(unreachable);
    if (result.ok) {
      router.push(`/articles/${result.data.articleId}`);
      return;
    }
    setPending(null);
    setFailure(result);
  }

  async function fetchDetails() {
    const url = new FormData(formRef.current!).get("url");
    setPending("preview");
    setFailure(null);
    const result = await previewArticleUrlAction(typeof url === "string" ? url : "").catch(unreachable);
    setPending(null);
    if (!result.ok) return setFailure(result);
    const page = result.data;
    setPreview(page);
    setDetails({
      title: page.title,
      byline: page.byline ?? "",
      siteName: page.siteName ?? "",
      publishedTime: page.publishedTime?.slice(0, 10) ?? "",
      language: page.language ?? "",
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(event.currentTarget);
  }

  // A message already shown in the alert is not repeated under the field.
  const errorFor = (...fields: string[]) =>
    fields.flatMap((name) => failure?.fieldErrors?.[name] ?? []).find((message) => message !== failure?.message);
  const field = (id: string, label: string, control: React.ReactNode, error?: string, hint?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="muted" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {control}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
  const describedBy = (id: string, error?: string, hint?: boolean) =>
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  const urlError = errorFor("url");
  const textError = errorFor("text");
  const fileError = errorFor("fileName", "content");

  return (
    <form ref={formRef} onSubmit={onSubmit} className="card" noValidate aria-busy={!!pending}>
      <fieldset className="field" style={{ border: "none", padding: 0, margin: "0 0 1rem" }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.4rem" }}>Import from</legend>
        <div className="rating-row">
          {KINDS.map((option) => (
            <label key={option.kind} className="state-pill" style={{ cursor: "pointer", fontSize: "0.95rem" }}>
              <input
                type="radio"
                name="kindChoice"
                checked={kind === option.kind}
                onChange={() => {
                  setKind(option.kind);
                  setFailure(null);
                }}
              />{" "}
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>

      {/* Already on the desk is not an error: a notice with the two ways on. */}
      {failure?.code === "CONFLICT" && failure.details?.existingArticleId ? (
        <div className="alert alert--warning" role="status">
          <strong>Already on the desk.</strong> {failure.message}
          <div className="button-row">
            <Link href={`/articles/${failure.details.existingArticleId}`}>Open the existing article</Link>
            <button type="button" className="button button--quiet" onClick={() => formRef.current && void submit(formRef.current, true)}>
              Import a separate copy anyway
            </button>
          </div>
        </div>
      ) : failure ? (
        <div className="alert alert--error" role="alert">
          {failure.message}
        </div>
      ) : null}

      {kind === "url" && (
        <>
          {field(
            "url",
            "Article URL",
            <input
              id="url"
              name="url"
              type="url"
              inputMode="url"
              placeholder="https://"
              required
              aria-invalid={!!urlError}
              aria-describedby={describedBy("url", urlError)}
              onChange={() => setPreview(null)}
            />,
            urlError,
          )}
          <button
            type="button"
            className="button button--quiet"
            style={{ marginBottom: "1rem" }}
            disabled={!!pending}
            onClick={() => void fetchDetails()}
          >
            Fetch details
          </button>
          {preview && <PagePreviewNote preview={preview} />}
        </>
      )}
      {kind === "text" &&
        field(
          "text",
          "Article text",
          <textarea
            id="text"
            name="text"
            rows={12}
            required
            aria-invalid={!!textError}
            aria-describedby={describedBy("text", textError, true)}
          />,
          textError,
          "Paragraphs are separated by a blank line.",
        )}
      {kind === "file" &&
        field(
          "file",
          "Article file",
          <input
            id="file"
            name="file"
            type="file"
            accept=".html,.htm,.md,.markdown,.txt,text/html,text/markdown,text/plain"
            required
            aria-invalid={!!fileError}
            aria-describedby={describedBy("file", fileError, true)}
          />,
          fileError,
          "HTML, Markdown or plain text, up to 5 MB.",
        )}

      <ArticleDetailsFields
        values={details}
        onChange={setDetails}
        titleRequired={kind === "text"}
        expanded={!!preview}
        errorFor={(name) => errorFor(name)}
      />

      <button type="submit" className="button" disabled={!!pending}>
        {pending && pending !== "preview" ? "Importing…" : "Import"}
      </button>
      {pending && (
        <p role="status" className="muted" style={{ marginTop: "0.75rem" }}>
          {PROGRESS[pending]}
        </p>
      )}
    </form>
  );
}
