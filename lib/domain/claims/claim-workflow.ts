// The claim workflow of DESIGN.md as one pure state machine. Use-cases call assertTransition();
// nothing else decides which state a claim may move to.
import { AppError } from "../../errors";

export const CLAIM_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_EVENTS = ["SUBMIT", "RESUBMIT", "APPROVE", "REQUEST_CHANGES", "EDIT_EVIDENCE", "REOPEN"] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

/** For APPROVE: how many valid approvals the claim will have, counting this one, and how many are required. */
export type ApprovalContext = { approvals: number; required: number };

const TRANSITIONS: Record<ClaimState, Partial<Record<ClaimEvent, ClaimState>>> = {
  DRAFT: { SUBMIT: "IN_REVIEW", EDIT_EVIDENCE: "DRAFT" },
  IN_REVIEW: { APPROVE: "APPROVED", REQUEST_CHANGES: "CHANGES_REQUESTED", EDIT_EVIDENCE: "DRAFT", REOPEN: "DRAFT" },
  CHANGES_REQUESTED: { RESUBMIT: "IN_REVIEW", EDIT_EVIDENCE: "CHANGES_REQUESTED", REOPEN: "DRAFT" },
  // Editing the verdict or sources of an approved claim sends it back to draft (approvals void).
  APPROVED: { EDIT_EVIDENCE: "DRAFT", REOPEN: "DRAFT" },
};

const EVENT_LABELS: Record<ClaimEvent, string> = {
  SUBMIT: "submitted for review",
  RESUBMIT: "resubmitted",
  APPROVE: "approved",
  REQUEST_CHANGES: "sent back with changes requested",
  EDIT_EVIDENCE: "edited",
  REOPEN: "reopened",
};

export const STATE_LABELS: Record<ClaimState, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
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
      `A claim that is ${STATE_LABELS[state].toLowerCase()} cannot be ${EVENT_LABELS[event]}.`,
    );
  }
  return target;
}

/** Events allowed from `state`, for showing only the buttons that can work. */
export function allowedEvents(state: ClaimState): ClaimEvent[] {
  return CLAIM_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}
