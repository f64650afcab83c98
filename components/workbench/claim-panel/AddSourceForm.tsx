"use client";
// One source: where it is, what it is called, who published it, the passage that matters, when it
// was read, an archived copy, and whether it is the primary document.
import { useId, useState } from "react";
import { addSourceAction } from "@/lib/actions/claim";
import type { FieldErrors } from "@/lib/errors";
import { addSourceSchema } from "@/lib/schemas/source";
import type { RunVersioned } from "./use-claim-saver";

type Props = { articleId: string; claimId: string; runVersioned: RunVersioned; onDone: () => void };

const FIELDS = [
  { name: "url", label: "Source URL", type: "url", placeholder: "https://" },
  { name: "title", label: "Source title", type: "text" },
  { name: "publisher", label: "Publisher", type: "text" },
  { name: "quote", label: "Quoted passage", type: "textarea" },
  { name: "accessedAt", label: "Accessed on", type: "date" },
  { name: "archiveUrl", label: "Archive URL", type: "url", placeholder: "https://web.archive.org/…" },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

export function AddSourceForm({ articleId, claimId, runVersioned, onDone }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({ accessedAt: today() });
  const [kind, setKind] = useState<"PRIMARY" | "SECONDARY">("SECONDARY");
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
    const result = await runVersioned((version) => addSourceAction(articleId, { ...input, title: values.title ?? "", version }));
    setPending(false);
    if (result?.ok) onDone();
    else if (result?.fieldErrors) setErrors(result.fieldErrors);
  }

  return (
    <div role="group" aria-label="New source" className="subform">
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
              <input type={field.type} placeholder={"placeholder" in field ? field.placeholder : undefined} {...props} />
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
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
