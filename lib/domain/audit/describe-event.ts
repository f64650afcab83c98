// An audit event of a claim in words, for the History timeline and conflict messages: what was
// done, and for every field its value before and after (names, labels and text — never ids). Reads
// events through their typed schemas (lib/schemas/claim-events.ts); events written before they were
// typed are still named, with the values they carry when those are readable.
import { readClaimEvent } from "../../schemas/claim-events";
import { CLAIM_FIELD_LABELS } from "../claims/claim-fields";
import { type ClaimState, STATE_LABELS } from "../claims/claim-workflow";

export type DescribedEvent = { summary: string; details: string[] };

// The bookkeeping every step carries: never shown.
const SKIPPED = new Set(["version", "deleted"]);
// Id-valued keys of events written before they were typed: named, their values never shown.
const IDS = new Set(["claimantId", "ratingId", "assigneeId"]);
// Fields in the order the claim panel shows them; the resulting state last.
const ORDER = [
  "text",
  "claimant",
  "claimantId",
  "dateSaid",
  "appearanceUrl",
  "tags",
  "checkWorthiness",
  "assignee",
  "assigneeId",
  "dueAt",
  "priority",
  "rating",
  "ratingId",
  "summary",
  "explanation",
];
const rank = (field: string) => (field === "state" ? ORDER.length + 1 : ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);
const MAX_SHOWN = 160;

type Change = { before?: unknown; after?: unknown };
const isChange = (value: unknown): value is Change =>
  typeof value === "object" && value !== null && ("before" in value || "after" in value);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "(empty)";
  if (field === "state") return STATE_LABELS[value as ClaimState] ?? String(value);
  if ((field === "dateSaid" || field === "dueAt") && typeof value === "string") return value.slice(0, 10);
  if (typeof value === "object" && !Array.isArray(value)) return "(rich text)";
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return text.length > MAX_SHOWN ? `“${text.slice(0, MAX_SHOWN - 3)}…”` : `“${text}”`;
}

function fieldDetails(changes: Record<string, unknown>): { names: string[]; details: string[] } {
  const names: string[] = [];
  const details: string[] = [];
  // The stored order is not kept (jsonb sorts keys): the panel's order, the resulting state last.
  const entries = Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
  for (const [field, change] of entries) {
    if (SKIPPED.has(field) || field === "sources" || !isChange(change)) continue;
    const label = CLAIM_FIELD_LABELS[field] ?? field;
    if (field !== "state") names.push(label);
    if (!IDS.has(field)) details.push(`${label}: ${show(field, change.before)} → ${show(field, change.after)}`);
  }
  return { names, details };
}

const sourceTitle = (value: unknown) =>
  typeof value === "object" && value !== null && "title" in value ? `“${String((value as { title: unknown }).title)}”` : "";

export function describeClaimEvent(action: string, stored: Record<string, unknown>): DescribedEvent {
  const changes = readClaimEvent(action, stored)?.changes ?? stored;
  const { names, details } = fieldDetails(changes);
  const sources = isChange(changes.sources) ? changes.sources : null;
  switch (action) {
    case "create":
      return { summary: "marked the claim", details: typeof changes.quote === "string" ? [`quote: ${show("text", changes.quote)}`] : [] };
    case "seed":
      return {
        summary: `added the sample claim${typeof changes.approvedBy === "string" ? `, approved by ${changes.approvedBy}` : ""}`,
        details: [],
      };
    case "update":
      return { summary: names.length ? `changed ${names.join(", ")}` : "saved the claim", details };
    case "add-source":
      return { summary: `added a source ${sourceTitle(sources?.after)}`.trim(), details };
    case "edit-source":
      return {
        summary: `edited the source ${sourceTitle(sources?.after)}`.trim(),
        details: [`source: ${sourceTitle(sources?.before)} → ${sourceTitle(sources?.after)}`, ...details],
      };
    case "remove-source":
      return { summary: `removed a source ${sourceTitle(sources?.before)}`.trim(), details };
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
    case "reanchor": {
      const revision = typeof changes.revision === "number" ? ` ${changes.revision}` : "";
      const found =
        changes.anchor === "ORPHANED"
          ? `lost its quote in revision${revision} of the article (orphaned)`
          : changes.anchor === "MOVED"
            ? `followed its quote into revision${revision}, with edits${typeof changes.similarity === "number" ? ` (${Math.round(changes.similarity * 100)}% similar)` : ""}`
            : `followed its quote into revision${revision}, unchanged`;
      return { summary: found, details };
    }
    case "same-claim": {
      const link = isChange(changes.sameClaimAs) ? changes.sameClaimAs : null;
      const target = (link?.after ?? link?.before) as { claimReviewed?: string; publisher?: string } | null;
      const what = target ? ` “${target.claimReviewed}” (${target.publisher})` : "";
      return { summary: link?.after ? `marked it the same claim as${what}` : `removed the link to${what}`, details: [] };
    }
    case "reattach":
      return {
        summary: `re-attached it to other words${typeof changes.revision === "number" ? ` of revision ${changes.revision}` : ""}`,
        details,
      };
    case "comment":
      return { summary: "commented", details: typeof changes.comment === "string" ? [show("text", changes.comment)] : [] };
    default:
      return { summary: action.replace(/-/g, " "), details };
  }
}
