"use client";
// Bulk actions on the ticked claims (or the claims of the ticked articles): assign, set a due date,
// set a priority, change state (only steps the workflow allows; the server refuses the rest claim by
// claim) and export CSV. A state change on more than one claim asks first.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { bulkUpdateArticlesAction, bulkUpdateClaimsAction } from "@/lib/actions/bulk";
import { type BulkDeed, bulkOutcomeMessage, type BulkRefusal } from "@/lib/domain/claims/bulk-outcome";
import { PRIORITY_LABELS, PRIORITY_ORDER, type Priority } from "@/lib/domain/claims/desk-fields";
import type { FieldErrors } from "@/lib/errors";
import type { BulkAbilities, BulkTransition, BulkUpdateClaimsInput } from "@/lib/schemas/bulk";
import { BulkOutcomeView } from "./BulkOutcomeView";
import { useSelection } from "./use-selection";

type Props = {
  formId: string;
  of: "claims" | "articles";
  members: { id: string; name: string }[];
  can: BulkAbilities;
  /** The action's controls behind "Choose an action" (the review queue, search results). */
  collapsible?: boolean;
};
type Kind = "assign" | "due" | "priority" | "state" | "export";

const TRANSITION_LABELS: Record<BulkTransition, string> = { submit: "Submit for review", reopen: "Reopen as draft", approve: "Approve" };

export function BulkActions({ formId, of, members, can, collapsible = false }: Props) {
  const router = useRouter();
  const selection = useSelection(formId);
  const kinds: [Kind, string][] = [
    ...(can.edit
      ? ([
          ["assign", "Assign to"],
          ["due", "Set due date"],
          ["priority", "Set priority"],
        ] as [Kind, string][])
      : []),
    ...(can.transitions.length ? ([["state", "Change state"]] as [Kind, string][]) : []),
    ...(can.export ? ([["export", "Export CSV"]] as [Kind, string][]) : []),
  ];
  const [kind, setKind] = useState<Kind>(kinds[0]?.[0] ?? "export");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fields?: FieldErrors } | null>(null);
  const [outcome, setOutcome] = useState<{ message: string; refused: BulkRefusal[] } | null>(null);
  if (!kinds.length) return null;
  const noun = of === "claims" ? "claim" : "article";

  async function run(form: HTMLFormElement) {
    const data = new FormData(form);
    const action = {
      assign: { kind: "assign", assigneeId: String(data.get("assigneeId") ?? "") || null },
      due: { kind: "due", dueAt: String(data.get("dueAt") ?? "") },
      priority: { kind: "priority", priority: String(data.get("priority")) as Priority },
      state: { kind: "state", transition: String(data.get("transition")) as BulkTransition },
    }[kind as Exclude<Kind, "export">] as BulkUpdateClaimsInput["action"];
    setBusy(true);
    const result =
      of === "claims"
        ? await bulkUpdateClaimsAction({
            claims: selection.claims(),
            action,
          })
        : await bulkUpdateArticlesAction({ articleIds: selection.values(), action });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setProblem({ message: result.message, fields: result.fieldErrors });
    const deed: BulkDeed =
      action.kind === "assign"
        ? { kind: "assign", assigneeName: result.data.assigneeName }
        : action.kind === "due"
          ? { kind: "due", day: String(data.get("dueAt") ?? "") || null }
          : action;
    setOutcome({ message: bulkOutcomeMessage(deed, result.data), refused: result.data.refused });
    router.refresh();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setOutcome(null);
    if (!selection.count) return setProblem({ message: `Tick at least one ${noun} first.` });
    if (kind === "export") {
      // A download from a route handler, not a page: a full request, not client navigation.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`/articles/claims.csv?ids=${encodeURIComponent(selection.claimIds().join(","))}`);
      return;
    }
    // Moving many claims through the workflow is hard to undo: ask once.
    if (kind === "state" && (selection.count > 1 || of === "articles") && !confirming) return setConfirming(true);
    void run(event.currentTarget);
  }

  const error = (field: string) => problem?.fields?.[field]?.[0];
  const fieldError = (field: string) =>
    error(field) ? (
      <span className="field-error" id={`${formId}-${field}-error`}>
        {error(field)}
      </span>
    ) : null;
  const describedBy = (field: string) => (error(field) ? `${formId}-${field}-error` : undefined);

  const controls = (
    <>
      <div className="bulk-bar__controls">
        <div className="field">
          <label htmlFor={`${formId}-kind`}>Bulk action</label>
          <select id={`${formId}-kind`} value={kind} onChange={(event) => (setKind(event.target.value as Kind), setConfirming(false))}>
            {kinds.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {kind === "assign" && (
          <div className="field">
            <label htmlFor={`${formId}-assignee`}>Assign to</label>
            <select id={`${formId}-assignee`} name="assigneeId" aria-describedby={describedBy("assigneeId")}>
              <option value="">Nobody</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
            {fieldError("assigneeId")}
          </div>
        )}
        {kind === "due" && (
          <div className="field">
            <label htmlFor={`${formId}-due`}>New due date</label>
            <input id={`${formId}-due`} name="dueAt" type="date" aria-describedby={describedBy("dueAt") ?? `${formId}-due-hint`} />
            <span className="muted" id={`${formId}-due-hint`}>
              Leave empty to clear the due date.
            </span>
            {fieldError("dueAt")}
          </div>
        )}
        {kind === "priority" && (
          <div className="field">
            <label htmlFor={`${formId}-priority`}>New priority</label>
            <select id={`${formId}-priority`} name="priority" defaultValue="HIGH">
              {PRIORITY_ORDER.map((priority) => (
                <option key={priority} value={priority}>
                  {PRIORITY_LABELS[priority]}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === "state" && (
          <div className="field">
            <label htmlFor={`${formId}-transition`}>New state</label>
            <select id={`${formId}-transition`} name="transition">
              {can.transitions.map((transition) => (
                <option key={transition} value={transition}>
                  {TRANSITION_LABELS[transition]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Applying…" : "Apply to selected"}
        </button>
      </div>
      {confirming && (
        <div role="group" aria-label="Confirm state change" className="button-row">
          <span>
            Change the state of {of === "claims" ? `${selection.count} claims` : `every claim of ${selection.count} articles`}? Claims the
            workflow does not allow are refused one by one.
          </span>
          <button type="submit" className="button" disabled={busy}>
            Change state
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
    </>
  );

  return (
    <form id={formId} className="card bulk-bar" aria-label={`Act on the selected ${of}`} onSubmit={submit}>
      <div className="bulk-bar__selection">
        <label>
          <input
            type="checkbox"
            checked={selection.total > 0 && selection.count === selection.total}
            onChange={(event) => selection.selectAll(event.target.checked)}
          />{" "}
          Select all on this page
        </label>
        <span aria-live="polite">
          {selection.count} {noun}
          {selection.count === 1 ? "" : "s"} selected
        </span>
      </div>
      {of === "articles" && <p className="muted bulk-bar__note">Actions apply to every claim of the selected articles.</p>}
      {collapsible ? (
        // Where the list is a working queue, the action stays one Tab stop until it is wanted.
        <details className="bulk-bar__more" open={confirming || !!problem}>
          <summary>Choose an action</summary>
          {controls}
        </details>
      ) : (
        controls
      )}
      {outcome && <BulkOutcomeView message={outcome.message} refused={outcome.refused} />}
    </form>
  );
}
