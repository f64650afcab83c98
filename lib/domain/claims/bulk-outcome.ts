// What a bulk action did, in one sentence for the status message ("12 claims assigned to Elena
// Editor; 2 refused"). The refused claims are listed one by one under it, each with its reason.
import { PRIORITY_LABELS, type Priority } from "./desk-fields";

export type BulkDone = { claimId: string; text: string };
export type BulkRefusal = { claimId: string; text: string; reason: string };
export type BulkOutcome = { done: BulkDone[]; refused: BulkRefusal[] };

/** What was done to each claim, as the message says it. */
export type BulkDeed =
  | { kind: "assign"; assigneeName: string | null }
  | { kind: "due"; day: string | null }
  | { kind: "priority"; priority: Priority }
  | { kind: "state"; transition: "submit" | "reopen" | "approve" }
  | { kind: "export" };

const count = (n: number, noun = "claim") => `${n} ${noun}${n === 1 ? "" : "s"}`;

function deedText(deed: BulkDeed): string {
  switch (deed.kind) {
    case "assign":
      return deed.assigneeName ? `assigned to ${deed.assigneeName}` : "unassigned";
    case "due":
      return deed.day ? `due ${deed.day}` : "cleared of their due date";
    case "priority":
      return `set to ${PRIORITY_LABELS[deed.priority].toLowerCase()} priority`;
    case "state":
      return { submit: "submitted for review", reopen: "reopened as drafts", approve: "approved" }[deed.transition];
    case "export":
      return "exported";
  }
}

/** "12 claims assigned to Elena; 2 refused: see the list below." */
export function bulkOutcomeMessage(deed: BulkDeed, outcome: BulkOutcome): string {
  const done = `${count(outcome.done.length)} ${deedText(deed)}`;
  if (!outcome.refused.length) return `${done}.`;
  return `${done}; ${outcome.refused.length} refused: ${outcome.refused.length === 1 ? "see the reason" : "see the reasons"} below.`;
}
