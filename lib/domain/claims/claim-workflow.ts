// The claim workflow of DESIGN.md as one pure state machine. Every write that touches a claim
// (field edits, evidence edits, review decisions, deletion) is an event here; use-cases call
// assertTransition() and the UI asks allowedEvents() which buttons to show.
import { AppError } from "../../errors";

export const CLAIM_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DELETED"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
/** The states a claim on the desk can be in (a deleted claim is hidden everywhere). */
export const LIVE_CLAIM_STATES = CLAIM_STATES.filter((state) => state !== "DELETED");

export const CLAIM_EVENTS = [
  "SUBMIT",
  "RESUBMIT",
  "APPROVE",
  "REQUEST_CHANGES",
  "EDIT",
  "EDIT_EVIDENCE",
  "REOPEN",
  "DELETE",
  "FOLLOW_TEXT",
  "QUOTE_CHANGED",
] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

/** For APPROVE: how many valid approvals the claim will have, counting this one, and how many are required. */
export type ApprovalContext = { approvals: number; required: number };

// EDIT: fields that are not evidence (tags, check-worthiness, assignee) — the state stays.
// EDIT_EVIDENCE: the claim's public content (text, claimant, date said, appearance, rating,
// summary, explanation, sources) — a claim in review or approved goes back to draft.
// FOLLOW_TEXT: a new revision of the article kept the claim's quote word for word — nothing a
// reviewer judged changed. QUOTE_CHANGED: the quote moved with edits, was orphaned or re-attached —
// an approved claim is flagged for review again (approvals voided), the rest keep their state.
const TRANSITIONS: Record<ClaimState, Partial<Record<ClaimEvent, ClaimState>>> = {
  DRAFT: { SUBMIT: "IN_REVIEW", EDIT: "DRAFT", EDIT_EVIDENCE: "DRAFT", DELETE: "DELETED", FOLLOW_TEXT: "DRAFT", QUOTE_CHANGED: "DRAFT" },
  IN_REVIEW: {
    APPROVE: "APPROVED",
    REQUEST_CHANGES: "CHANGES_REQUESTED",
    EDIT: "IN_REVIEW",
    EDIT_EVIDENCE: "DRAFT",
    REOPEN: "DRAFT",
    DELETE: "DELETED",
    FOLLOW_TEXT: "IN_REVIEW",
    QUOTE_CHANGED: "IN_REVIEW",
  },
  CHANGES_REQUESTED: {
    RESUBMIT: "IN_REVIEW",
    EDIT: "CHANGES_REQUESTED",
    EDIT_EVIDENCE: "CHANGES_REQUESTED",
    REOPEN: "DRAFT",
    DELETE: "DELETED",
    FOLLOW_TEXT: "CHANGES_REQUESTED",
    QUOTE_CHANGED: "CHANGES_REQUESTED",
  },
  APPROVED: {
    EDIT: "APPROVED",
    EDIT_EVIDENCE: "DRAFT",
    REOPEN: "DRAFT",
    DELETE: "DELETED",
    FOLLOW_TEXT: "APPROVED",
    QUOTE_CHANGED: "IN_REVIEW",
  },
  DELETED: {},
};

const EVENT_LABELS: Record<ClaimEvent, string> = {
  SUBMIT: "submitted for review",
  RESUBMIT: "resubmitted",
  APPROVE: "approved",
  REQUEST_CHANGES: "sent back with changes requested",
  EDIT: "edited",
  EDIT_EVIDENCE: "edited",
  REOPEN: "reopened",
  DELETE: "deleted",
  FOLLOW_TEXT: "re-anchored",
  QUOTE_CHANGED: "re-anchored",
};

export const STATE_LABELS: Record<ClaimState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  DELETED: "Deleted",
};

/** The state after `event`, or null when the workflow does not allow it. */
export function nextState(state: ClaimState, event: ClaimEvent, approval?: ApprovalContext): ClaimState | null {
  const target = TRANSITIONS[state][event] ?? null;
  if (event === "APPROVE" && target) {
    // Below the required number of approvals the claim stays in review.
    return approval && approval.approvals < approval.required ? "IN_REVIEW" : target;
  }
  return target;
}

/** nextState() that throws INVALID_STATE with a readable reason instead of returning null. */
export function assertTransition(state: ClaimState, event: ClaimEvent, approval?: ApprovalContext): ClaimState {
  const target = nextState(state, event, approval);
  if (!target) {
    throw new AppError(
      "INVALID_STATE",
      state === "DELETED"
        ? "This claim was deleted."
        : `A claim that is ${STATE_LABELS[state].toLowerCase()} cannot be ${EVENT_LABELS[event]}.`,
    );
  }
  return target;
}

/** Events allowed from `state`, for showing only the buttons that can work. */
export function allowedEvents(state: ClaimState): ClaimEvent[] {
  return CLAIM_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}

/** True when an evidence edit would take the claim out of review or approval (the panel asks first). */
export function evidenceEditLeavesReview(state: ClaimState): boolean {
  return (state === "IN_REVIEW" || state === "APPROVED") && nextState(state, "EDIT_EVIDENCE") === "DRAFT";
}
