import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  assertTransition,
  CLAIM_EVENTS,
  CLAIM_STATES,
  type ClaimEvent,
  type ClaimState,
  evidenceEditLeavesReview,
  LIVE_CLAIM_STATES,
  nextState,
} from "./claim-workflow";
import { mayJudgeVerdict } from "./four-eyes";
import { missingForSubmission } from "./submission";

// The whole table, written out: every (state, event) pair not listed here must be refused.
const EXPECTED: Record<string, ClaimState> = {
  "DRAFT/SUBMIT": "IN_REVIEW",
  "DRAFT/EDIT": "DRAFT",
  "DRAFT/EDIT_EVIDENCE": "DRAFT",
  "DRAFT/DELETE": "DELETED",
  "IN_REVIEW/APPROVE": "APPROVED",
  "IN_REVIEW/REQUEST_CHANGES": "CHANGES_REQUESTED",
  "IN_REVIEW/EDIT": "IN_REVIEW",
  "IN_REVIEW/EDIT_EVIDENCE": "DRAFT",
  "IN_REVIEW/REOPEN": "DRAFT",
  "IN_REVIEW/DELETE": "DELETED",
  "CHANGES_REQUESTED/RESUBMIT": "IN_REVIEW",
  "CHANGES_REQUESTED/EDIT": "CHANGES_REQUESTED",
  "CHANGES_REQUESTED/EDIT_EVIDENCE": "CHANGES_REQUESTED",
  "CHANGES_REQUESTED/REOPEN": "DRAFT",
  "CHANGES_REQUESTED/DELETE": "DELETED",
  "APPROVED/EDIT": "APPROVED",
  "APPROVED/EDIT_EVIDENCE": "DRAFT",
  "APPROVED/REOPEN": "DRAFT",
  "APPROVED/DELETE": "DELETED",
  // A new revision of the article: an unchanged quote keeps every state; a changed one flags an
  // approved claim for review again.
  "DRAFT/FOLLOW_TEXT": "DRAFT",
  "IN_REVIEW/FOLLOW_TEXT": "IN_REVIEW",
  "CHANGES_REQUESTED/FOLLOW_TEXT": "CHANGES_REQUESTED",
  "APPROVED/FOLLOW_TEXT": "APPROVED",
  "DRAFT/QUOTE_CHANGED": "DRAFT",
  "IN_REVIEW/QUOTE_CHANGED": "IN_REVIEW",
  "CHANGES_REQUESTED/QUOTE_CHANGED": "CHANGES_REQUESTED",
  "APPROVED/QUOTE_CHANGED": "IN_REVIEW",
};

describe("claim state machine", () => {
  for (const state of CLAIM_STATES) {
    for (const event of CLAIM_EVENTS) {
      const expected = EXPECTED[`${state}/${event}`];
      it(`${state} + ${event} → ${expected ?? "refused"}`, () => {
        if (expected) {
          expect(assertTransition(state, event)).toBe(expected);
        } else {
          expect(nextState(state, event)).toBeNull();
          expect(() => assertTransition(state, event)).toThrow(expect.objectContaining({ code: "INVALID_STATE" }));
        }
      });
    }
  }

  it("keeps a claim in review until the required number of approvals is reached", () => {
    expect(nextState("IN_REVIEW", "APPROVE", { approvals: 1, required: 2 })).toBe("IN_REVIEW");
    expect(nextState("IN_REVIEW", "APPROVE", { approvals: 2, required: 2 })).toBe("APPROVED");
  });

  it("explains a refusal in words", () => {
    expect(() => assertTransition("APPROVED", "APPROVE")).toThrow("A claim that is approved cannot be approved.");
  });

  it("offers only the events the state allows, and nothing once deleted", () => {
    expect(allowedEvents("DRAFT")).toEqual<ClaimEvent[]>(["SUBMIT", "EDIT", "EDIT_EVIDENCE", "DELETE", "FOLLOW_TEXT", "QUOTE_CHANGED"]);
    expect(allowedEvents("APPROVED")).toEqual<ClaimEvent[]>(["EDIT", "EDIT_EVIDENCE", "REOPEN", "DELETE", "FOLLOW_TEXT", "QUOTE_CHANGED"]);
    expect(allowedEvents("DELETED")).toEqual([]);
    expect(() => assertTransition("DELETED", "EDIT")).toThrow("This claim was deleted.");
  });

  it("says which evidence edits take a claim out of review or approval, for the panel to ask first", () => {
    expect(LIVE_CLAIM_STATES.filter(evidenceEditLeavesReview)).toEqual(["IN_REVIEW", "APPROVED"]);
  });
});

describe("submission requirements", () => {
  it("names everything that is missing", () => {
    const missing = missingForSubmission({ claimantId: null, ratingId: null, explanationText: "  ", sourceCount: 0 });
    expect(missing.map((item) => item.field)).toEqual(["claimantId", "ratingId", "explanation", "sources"]);
  });
  it("accepts a complete claim", () => {
    expect(missingForSubmission({ claimantId: "c", ratingId: "r", explanationText: "Because.", sourceCount: 1 })).toEqual([]);
  });
});

describe("four eyes", () => {
  it("refuses the verdict's author and anyone who edited it", () => {
    const verdict = { authorId: "ana", contributorIds: ["ana", "bo"] };
    expect(mayJudgeVerdict("ana", verdict)).toBe(false);
    expect(mayJudgeVerdict("bo", verdict)).toBe(false);
    expect(mayJudgeVerdict("cy", verdict)).toBe(true);
  });
});
