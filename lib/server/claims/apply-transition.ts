// The one way a claim changes workflow state: the workflow decides the next state, the write is
// conditional on the version the actor saw, and the change is audited in the same transaction.
import { db, type Tx } from "@/lib/db";
import { type ApprovalContext, assertTransition, type ClaimEvent } from "@/lib/domain/claims/claim-workflow";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
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
  action?: string;
  /** Writes that belong to the same step (a review, voided approvals). */
  alsoWrite?: (tx: Tx) => Promise<unknown>;
};

export async function loadLiveClaim(claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    include: {
      verdict: { include: { contributors: { select: { id: true } } } },
      reviews: { where: { voided: false } },
      _count: { select: { sources: true } },
    },
  });
  if (!claim?.verdict) throw new AppError("NOT_FOUND", "Claim not found.");
  return { ...claim, verdict: claim.verdict };
}

export async function applyTransition(claim: { state: Parameters<typeof assertTransition>[0]; version: number }, t: Transition) {
  const state = assertTransition(claim.state, t.event, t.approval);
  const seen = t.version ?? claim.version;
  if (seen !== claim.version) throw await staleVersionError(t.claimId, seen);
  return db.$transaction(async (tx) => {
    const written = await tx.claim.updateMany({ where: { id: t.claimId, version: seen }, data: { state, version: { increment: 1 } } });
    if (written.count === 0) throw await staleVersionError(t.claimId, seen);
    await t.alsoWrite?.(tx);
    await recordAudit(tx, {
      actorId: t.actorId,
      entityType: "Claim",
      entityId: t.claimId,
      action: t.action ?? t.event.toLowerCase().replace("_", "-"),
      changes: {
        ...(t.details ?? {}),
        ...(state !== claim.state ? { state: { before: claim.state, after: state } } : {}),
        version: { before: seen, after: seen + 1 },
      } as object,
    });
    return { state, version: seen + 1 };
  });
}
