"use client";
// A form bound to a server action that answers with an ActionResult: shows progress, the outcome
// and each field's error next to it (through FormField), and keeps working without script.
import {
  createContext,
  type FormEvent,
  type ReactNode,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useRef,
  useState,
} from "react";
import type { ActionResult, FieldErrors } from "@/lib/errors";

type Action = (previous: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
const ErrorsContext = createContext<FieldErrors | undefined>(undefined);

type Props = {
  action: Action;
  submitLabel: string;
  pendingLabel?: string;
  success?: string;
  /** Empty the fields after a success (forms that create something). */
  resetOnSuccess?: boolean;
  className?: string;
  label?: string;
  quiet?: boolean;
  /** Ask first (destructive steps): the question, and the label of the button that confirms. */
  confirm?: { question: string; confirmLabel: string };
  children?: ReactNode;
};

export function ActionForm({
  action,
  submitLabel,
  pendingLabel = "Saving…",
  success = "Saved.",
  resetOnSuccess,
  className,
  label,
  quiet,
  confirm,
  children,
}: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  // Dispatched by hand: React resets a form after its action, which would wipe what the person
  // typed when the server refused it. Without script, the form posts through `action` as usual.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm && !confirming) return setConfirming(true);
    setConfirming(false);
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <ErrorsContext.Provider value={state && !state.ok ? state.fieldErrors : undefined}>
      <form ref={form} action={formAction} onSubmit={submit} className={className} aria-label={label} aria-busy={pending}>
        {children}
        <div className="button-row">
          {confirm && confirming ? (
            <span role="group" aria-label="Confirm" className="button-row">
              <span>{confirm.question}</span>
              <button type="submit" className="button button--danger" autoFocus>
                {confirm.confirmLabel}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="submit" className={quiet ? "button button--quiet" : "button"} disabled={pending}>
              {pending ? pendingLabel : submitLabel}
            </button>
          )}
          {state?.ok === false && (
            <span role="alert" className="field-error">
              {state.message}
            </span>
          )}
          {state?.ok && !pending && (
            <span role="status" className="save-indicator save-indicator--saved">
              {success}
            </span>
          )}
        </div>
      </form>
    </ErrorsContext.Provider>
  );
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Input type; ignored for a select (options given) or a textarea (multiline). */
  type?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  multiline?: boolean;
  autoComplete?: string;
  placeholder?: string;
  idPrefix?: string;
};

/** A labelled control with its hint and the error the last submission got for it. */
export function FormField({
  name,
  label,
  hint,
  type = "text",
  defaultValue,
  options,
  multiline,
  autoComplete,
  placeholder,
  idPrefix = "",
}: FieldProps) {
  const error = useContext(ErrorsContext)?.[name]?.[0];
  const id = `${idPrefix}${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name, defaultValue, "aria-invalid": !!error, "aria-describedby": describedBy };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="muted" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {options ? (
        <select {...common}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={3} placeholder={placeholder} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} placeholder={placeholder} />
      )}
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
