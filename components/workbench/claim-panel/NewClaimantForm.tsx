"use client";
// Creates a claimant shared by every article: name, title or role, and a sameAs address (Wikidata,
// Wikipedia or an official page) that ClaimReview readers use to tell people apart.
import { useId, useState } from "react";
import { createClaimantAction } from "@/lib/actions/claim";
import type { FieldErrors } from "@/lib/errors";
import type { ClaimantChoice } from "./ClaimantPicker";

type Props = { initialName: string; onCreated: (claimant: ClaimantChoice) => void; onCancel: () => void };

export function NewClaimantForm({ initialName, onCreated, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [title, setTitle] = useState("");
  const [sameAs, setSameAs] = useState("");
  const [isOrganization, setIsOrganization] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create() {
    setPending(true);
    const result = await createClaimantAction({ name, title, sameAs: sameAs.trim() ? [sameAs.trim()] : [], isOrganization });
    setPending(false);
    if (result.ok) onCreated(result.data);
    else {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    }
  }
  const error = (field: string) =>
    errors[field]?.[0] ?? (field === "sameAs" ? Object.entries(errors).find(([key]) => key.startsWith("sameAs"))?.[1]?.[0] : undefined);

  return (
    <div role="group" aria-label="New claimant" className="subform" data-draft-form>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Claimant name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!error("name")} />
        {error("name") && <span className="field-error">{error("name")}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title or role</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. President of Mexico" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-same`}>Same-as URL</label>
        <input
          id={`${id}-same`}
          type="url"
          value={sameAs}
          onChange={(e) => setSameAs(e.target.value)}
          placeholder="https://www.wikidata.org/wiki/…"
          aria-invalid={!!error("sameAs")}
        />
        {error("sameAs") && <span className="field-error">{error("sameAs")}</span>}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isOrganization} onChange={(e) => setIsOrganization(e.target.checked)} /> An organization, not a
        person
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={pending} onClick={() => void create()}>
          {pending ? "Creating…" : "Create claimant"}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
