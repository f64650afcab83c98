"use client";
// Creates an API token and shows it once, in a read-only field named "New token" with a copy button:
// the desk keeps only its hash, so this is the one moment anyone can see it.
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens";

export function CreateTokenForm() {
  const [state, formAction, pending] = useActionState(createApiTokenAction, null);
  const [copied, setCopied] = useState(false);
  const tokenField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const created = state?.ok ? state.data : null;
  // Tokens created earlier on this page stay listed: creating a second one must not hide the first
  // before it was copied.
  const [earlier, setEarlier] = useState<{ name: string; token: string }[]>([]);
  const shown = useRef<{ name: string; token: string } | null>(null);
  useEffect(() => {
    if (!created) return;
    if (shown.current && shown.current !== created) {
      const previous = shown.current;
      setEarlier((list) => [previous, ...list]);
    }
    shown.current = created;
    form.current?.reset();
    tokenField.current?.focus();
  }, [created]);
  // Dispatched by hand so a refused name stays in the field (React resets forms after an action).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCopied(false);
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  async function copy() {
    if (!created) return;
    await navigator.clipboard?.writeText(created.token).catch(() => undefined);
    tokenField.current?.select();
    setCopied(true);
  }
  return (
    <>
      <form
        ref={form}
        action={formAction}
        onSubmit={submit}
        className="card narrow-form"
        aria-label="Create an API token"
        aria-busy={pending}
      >
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <span className="muted" id="token-name-hint">
            Who or what uses it, e.g. &quot;Partner dashboard&quot;. Every use is recorded under this name.
          </span>
          <input
            id="token-name"
            name="name"
            required
            maxLength={80}
            aria-invalid={!!errors?.name}
            aria-describedby={errors?.name ? "token-name-hint token-name-error" : "token-name-hint"}
          />
          {errors?.name && (
            <span className="field-error" id="token-name-error">
              {errors.name[0]}
            </span>
          )}
        </div>
        <fieldset className="inline-choices">
          <legend>Scope</legend>
          <label>
            <input type="radio" name="scope" value="read" defaultChecked /> read — published and unpublished claims, similar claims, CSV
          </label>
          <label>
            <input type="radio" name="scope" value="write" /> write — read, and import ClaimReview into the reference archive
          </label>
          {errors?.scope && <span className="field-error">{errors.scope[0]}</span>}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
          {state?.ok === false && (
            <span role="alert" className="field-error">
              {state.message}
            </span>
          )}
        </div>
      </form>
      {created && (
        <section className="card token-created" aria-labelledby="token-created-title" role="status">
          <h2 id="token-created-title">Token &quot;{created.name}&quot; created</h2>
          <p>Copy it now: the desk keeps only a fingerprint of it and cannot show it again.</p>
          <div className="field">
            <label htmlFor="new-token">New token</label>
            <div className="button-row">
              <input
                id="new-token"
                ref={tokenField}
                readOnly
                value={created.token}
                className="token-value"
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="button button--quiet" onClick={copy}>
                {copied ? "Copied" : "Copy"}
              </button>
            </div>
          </div>
          <p className="muted">
            Send it as <code>Authorization: Bearer {created.token.slice(0, 8)}…</code>
          </p>
          {earlier.length > 0 && (
            <details>
              <summary>Created earlier on this page ({earlier.length})</summary>
              <ul className="token-earlier">
                {earlier.map((token) => (
                  <li key={token.token}>
                    {token.name}: <code>{token.token}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </>
  );
}
