"use client";
// One source, new or corrected: where it is, what it is called, who published it, the passage that
// matters, when it was read, an archived copy, and whether it is the primary document. Focus goes
// to its first field when it opens.
import { useEffect, useId, useRef, useState } from "react";
import { addSourceAction, editSourceAction } from "@/lib/actions/claim";
import type { FieldErrors } from "@/lib/errors";
import { addSourceSchema } from "@/lib/schemas/source";
import type { PanelSource } from "./SourcesEditor";
import type { RunVersioned } from "./use-claim-saver";

type Props = {
  articleId: string;
  claimId: string;
  runVersioned: RunVersioned;
  /** The source to correct; none to add one. */
  source?: PanelSource;
  /** `saved`: the saved source's id (none when cancelled). */
  onDone: (saved?: string) => void;
};

const FIELDS = [
  { name: "url", label: "Source URL", type: "url", placeholder: "https://" },
  { name: "title", label: "Source title", type: "text" },
  { name: "publisher", label: "Publisher", type: "text" },
  { name: "quote", label: "Quoted passage", type: "textarea" },
  { name: "accessedAt", label: "Accessed on", type: "date" },
  { name: "archiveUrl", label: "Archive URL", type: "url", placeholder: "https://web.archive.org/…" },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

const valuesOf = (source?: PanelSource): Record<string, string> =>
  source
    ? {
        url: source.url ?? "",
        title: source.title,
        publisher: source.publisher ?? "",
        quote: source.quote ?? "",
        accessedAt: source.accessedAt ?? "",
        archiveUrl: source.archiveUrl ?? "",
      }
    : { accessedAt: today() };

export function SourceForm({ articleId, claimId, runVersioned, source, onDone }: Props) {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<string, string>>(() => valuesOf(source));
  const [kind, setKind] = useState<"PRIMARY" | "SECONDARY">(source?.kind ?? "SECONDARY");
  useEffect(() => first.current?.focus(), []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function save() {
    const input = { ...values, kind, claimId, version: 1 };
    const check = addSourceSchema.safeParse(input);
    if (!check.success) {
      setErrors(check.error.flatten().fieldErrors);
      return;
    }
    setPending(true);
    const title = values.title ?? "";
    const result = source
      ? await runVersioned((version) => editSourceAction(articleId, { ...input, title, version, sourceId: source.id }))
      : await runVersioned((version) => addSourceAction(articleId, { ...input, title, version }));
    setPending(false);
    if (result?.ok) onDone("sourceId" in result.data ? String(result.data.sourceId) : source?.id);
    else if (result?.fieldErrors) setErrors(result.fieldErrors);
  }

  return (
    <div role="group" aria-label={source ? `Edit source: ${source.title}` : "New source"} className="subform" data-draft-form>
      {FIELDS.map((field) => {
        const error = errors[field.name]?.[0];
        const props = {
          id: `${id}-${field.name}`,
          value: values[field.name] ?? "",
          "aria-invalid": !!error,
          "aria-describedby": error ? `${id}-${field.name}-error` : undefined,
          onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            setValues((v) => ({ ...v, [field.name]: event.target.value })),
        };
        return (
          <div className="field" key={field.name}>
            <label htmlFor={props.id}>{field.label}</label>
            {field.type === "textarea" ? (
              <textarea rows={3} {...props} />
            ) : (
              <input
                type={field.type}
                placeholder={"placeholder" in field ? field.placeholder : undefined}
                ref={field.name === "url" ? first : undefined}
                {...props}
              />
            )}
            {error && (
              <span className="field-error" id={`${props.id}-error`}>
                {error}
              </span>
            )}
          </div>
        );
      })}
      <fieldset className="inline-choices">
        <legend>Kind of source</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === "PRIMARY"} onChange={() => setKind("PRIMARY")} /> Primary (the original
          document or data)
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={kind === "SECONDARY"} onChange={() => setKind("SECONDARY")} /> Secondary
          (reporting about it)
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button" disabled={pending} onClick={() => void save()}>
          {pending ? "Saving source…" : "Save source"}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
