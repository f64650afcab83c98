// One labelled field of the claim panel: its hint and error tied to it for screen readers, and
// evidence fields disabled while the claim is locked (an edit would send it back to draft).
import type { ReactNode } from "react";

type ControlProps = { id: string; "aria-invalid": boolean; "aria-describedby"?: string; disabled?: boolean };

export function panelField({ id, error, locked }: { id: string; error: (field: string) => string | undefined; locked: boolean }) {
  return function renderField(name: string, label: string, control: (props: ControlProps) => ReactNode, hint?: string, evidence = false) {
    const fieldId = `${id}-${name}`;
    const message = error(name);
    const describedBy = [hint ? `${fieldId}-hint` : "", message ? `${fieldId}-error` : ""].filter(Boolean).join(" ") || undefined;
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        {hint && (
          <span className="muted" id={`${fieldId}-hint`}>
            {hint}
          </span>
        )}
        {control({
          id: fieldId,
          "aria-invalid": !!message,
          "aria-describedby": describedBy,
          ...(evidence && locked ? { disabled: true } : {}),
        })}
        {message && (
          <span className="field-error" id={`${fieldId}-error`}>
            {message}
          </span>
        )}
      </div>
    );
  };
}
