// An audit event of a claim in words, for the timeline: what was done, and for readable fields
// their value before and after. Identifiers (claimant, rating, assignee) are named, not shown.
import { CLAIM_FIELD_LABELS } from "../claims/claim-fields";
import { type ClaimState, STATE_LABELS } from "../claims/claim-workflow";

export type DescribedEvent = { summary: string; details: string[] };

// Values people can read; the rest (ids, rich text) are only named.
const SHOWN = new Set(["text", "summary", "dateSaid", "appearanceUrl", "tags", "checkWorthiness", "state"]);
const SKIPPED = new Set(["version", "deleted"]);

type Change = { before?: unknown; after?: unknown };
const isChange = (value: unknown): value is Change =>
  typeof value === "object" && value !== null && ("before" in value || "after" in value);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "(empty)";
  if (field === "state") return STATE_LABELS[value as ClaimState] ?? String(value);
  if (field === "dateSaid" && typeof value === "string") return value.slice(0, 10);
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return text.length > 120 ? `“${text.slice(0, 117)}…”` : `“${text}”`;
}

function fieldDetails(changes: Record<string, unknown>): { names: string[]; details: string[] } {
  const names: string[] = [];
  const details: string[] = [];
  // The stored order is not kept (jsonb sorts keys): fields first, the resulting state last.
  const entries = Object.entries(changes).sort(([a], [b]) => Number(a === "state") - Number(b === "state"));
  for (const [field, change] of entries) {
    if (SKIPPED.has(field) || !isChange(change)) continue;
    const label = CLAIM_FIELD_LABELS[field] ?? field;
    if (field !== "state") names.push(label);
    if (SHOWN.has(field)) details.push(`${label}: ${show(field, change.before)} → ${show(field, change.after)}`);
  }
  return { names, details };
}

const titleOf = (value: unknown) =>
  typeof value === "object" && value !== null && "title" in value ? `“${String((value as { title: unknown }).title)}”` : "";

export function describeClaimEvent(action: string, changes: Record<string, unknown>): DescribedEvent {
  const { names, details } = fieldDetails(changes);
  const sources = isChange(changes.sources) ? changes.sources : null;
  switch (action) {
    case "create":
      return { summary: "marked the claim", details: typeof changes.quote === "string" ? [`quote: ${show("text", changes.quote)}`] : [] };
    case "update":
      return { summary: names.length ? `changed ${names.join(", ")}` : "saved the claim", details };
    case "add-source":
      return { summary: `added a source ${titleOf(sources?.after)}`.trim(), details };
    case "remove-source":
      return { summary: `removed a source ${titleOf(sources?.before)}`.trim(), details };
    case "submit":
      return { summary: "submitted it for review", details };
    case "resubmit":
      return { summary: "resubmitted it for review", details };
    case "approve":
      return {
        summary: `approved the verdict${typeof changes.approvals === "string" ? ` (${changes.approvals} approvals)` : ""}`,
        details,
      };
    case "request-changes":
      return {
        summary: "requested changes",
        details: [...(typeof changes.reason === "string" ? [`reason: ${show("text", changes.reason)}`] : []), ...details],
      };
    case "reopen":
      return { summary: "reopened it as a draft", details };
    case "delete":
      return { summary: "deleted the claim", details: [] };
    case "comment":
      return { summary: "commented", details: typeof changes.comment === "string" ? [show("text", changes.comment)] : [] };
    default:
      return { summary: action.replace(/-/g, " "), details };
  }
}
