// The one way a claim changes: every write (field edits, evidence edits, review decisions,
// deletion) is a workflow event. The workflow decides the next state, the write is conditional on
// the version the actor saw, and the change is audited in the same transaction.
import { db, type Tx } from "@/lib/db";
import { type ApprovalContext, assertTransition, type ClaimEvent, type ClaimState } from "@/lib/domain/claims/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimEventAction, ClaimEventChanges } from "@/lib/schemas/claim-events";
import { recordClaimEvent } from "../audit/record-claim-event";
import { staleVersionError } from "./stale-version-error";

type Transition = {
  actorId: string;
  claimId: string;
  event: ClaimEvent;
  /** The claim version the actor saw; omitted when the verdict version was checked instead. */
  version?: number;
  approval?: ApprovalContext;
  details?: Record<string, unknown>;
  /** The audit action, when it says more than the event (e.g. "add-source" for EDIT_EVIDENCE). */
  action?: ClaimEventAction;
  /** Claim columns written by the same step (edited fields). */
  claimData?: Prisma.ClaimUncheckedUpdateManyInput;
  /** Other writes that belong to the same step (a review, voided approvals, a source). */
  alsoWrite?: (tx: Tx) => Promise<unknown>;
};

// How each event is recorded when the step does not name a more precise action.
const EVENT_ACTIONS: Record<ClaimEvent, ClaimEventAction> = {
  SUBMIT: "submit",
  RESUBMIT: "resubmit",
  APPROVE: "approve",
  REQUEST_CHANGES: "request-changes",
  EDIT: "update",
  EDIT_EVIDENCE: "update",
  REOPEN: "reopen",
  DELETE: "delete",
  FOLLOW_TEXT: "reanchor",
  QUOTE_CHANGED: "reanchor",
};

/** Thrown inside the transaction when the conditional write found a newer version. */
export class StaleWrite extends Error {}

export async function loadLiveClaim(claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    include: {
      claimant: { select: { name: true } },
      assignee: { select: { name: true } },
      verdict: { include: { contributors: { select: { id: true } }, rating: { select: { label: true } } } },
      reviews: { where: { voided: false } },
      _count: { select: { sources: true } },
    },
  });
  if (!claim?.verdict) throw new AppError("NOT_FOUND", "Claim not found.");
  return { ...claim, verdict: claim.verdict };
}

/**
 * The transition's writes inside the caller's transaction (re-anchoring moves every claim of an
 * article in one). Throws StaleWrite when the claim is no longer at the version seen.
 */
export async function applyTransitionIn(tx: Tx, claim: { state: ClaimState; version: number }, t: Transition) {
  const state = assertTransition(claim.state, t.event, t.approval);
  const seen = t.version ?? claim.version;
  const written = await tx.claim.updateMany({
    where: { id: t.claimId, version: seen, deletedAt: null },
    data: { ...t.claimData, state, version: { increment: 1 }, ...(state === "DELETED" ? { deletedAt: new Date() } : {}) },
  });
  // The explanation of a conflict is read after the rollback: built here, it would hold this
  // transaction's connection while borrowing another from the pool (20 losers stalled the desk).
  if (written.count === 0) throw new StaleWrite();
  await t.alsoWrite?.(tx);
  // Checked against the action's schema as it is written (lib/schemas/claim-events.ts).
  await recordClaimEvent(tx, {
    actorId: t.actorId,
    claimId: t.claimId,
    action: t.action ?? EVENT_ACTIONS[t.event],
    changes: {
      ...(t.details ?? {}),
      ...(state !== claim.state ? { state: { before: claim.state, after: state } } : {}),
      version: { before: seen, after: seen + 1 },
    } as ClaimEventChanges<ClaimEventAction>,
  });
  return { state, version: seen + 1 };
}

export async function applyTransition(claim: { state: ClaimState; version: number }, t: Transition) {
  assertTransition(claim.state, t.event, t.approval);
  const seen = t.version ?? claim.version;
  if (seen !== claim.version) throw await staleVersionError(t.claimId, seen);
  try {
    return await db.$transaction((tx) => applyTransitionIn(tx, claim, t));
  } catch (error) {
    if (error instanceof StaleWrite) throw await staleVersionError(t.claimId, seen);
    throw error;
  }
}
