// One claim's step of a bulk action, inside the bulk transaction: the same checks and the same
// transition path (applyTransitionIn) as the one-claim use-cases. Every refusal is an AppError thrown
// before anything is written, so a refused claim leaves nothing behind.
import type { Tx } from "@/lib/db";
import { isoDay, PRIORITY_LABELS } from "@/lib/domain/claims/desk-fields";
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import type { BulkAction } from "@/lib/schemas/bulk";
import { assertJudgeable } from "../reviews/assert-judgeable";
import { applyTransitionIn } from "./apply-transition";
import { assertSubmittable } from "./assert-submittable";

export const BULK_CLAIM_INCLUDE = {
  assignee: { select: { name: true } },
  verdict: { include: { contributors: { select: { id: true } } } },
  reviews: { where: { voided: false } },
  _count: { select: { sources: true } },
} satisfies Prisma.ClaimInclude;
export type BulkClaim = Prisma.ClaimGetPayload<{ include: typeof BULK_CLAIM_INCLUDE }>;

type Context = { actor: Actor; action: BulkAction; assigneeName: string | null; requiredApprovals: number };

/** Applies the action to one claim; returns false when there was nothing to change. */
export async function bulkStep(tx: Tx, claim: BulkClaim, { actor, action, assigneeName, requiredApprovals }: Context): Promise<boolean> {
  const verdict = claim.verdict;
  if (!verdict) throw new AppError("NOT_FOUND", "This claim has no verdict.");
  const base = { actorId: actor.id, claimId: claim.id, version: claim.version };
  const current = { state: claim.state as ClaimState, version: claim.version };
  const edit = async (claimData: Prisma.ClaimUncheckedUpdateManyInput, details: Record<string, { before: unknown; after: unknown }>) => {
    await applyTransitionIn(tx, current, { ...base, event: "EDIT", action: "update", claimData, details });
    return true;
  };
  switch (action.kind) {
    case "assign":
      if (claim.assigneeId === action.assigneeId) return false;
      return edit({ assigneeId: action.assigneeId }, { assignee: { before: claim.assignee?.name ?? null, after: assigneeName } });
    case "due":
      if (isoDay(claim.dueAt) === isoDay(action.dueAt)) return false;
      return edit({ dueAt: action.dueAt }, { dueAt: { before: isoDay(claim.dueAt) || null, after: isoDay(action.dueAt) || null } });
    case "priority":
      if (claim.priority === action.priority) return false;
      return edit(
        { priority: action.priority },
        { priority: { before: PRIORITY_LABELS[claim.priority], after: PRIORITY_LABELS[action.priority] } },
      );
    case "state":
      if (action.transition === "submit") {
        await assertSubmittable(tx, { ...claim, verdict });
        await applyTransitionIn(tx, current, { ...base, event: claim.state === "CHANGES_REQUESTED" ? "RESUBMIT" : "SUBMIT" });
      } else if (action.transition === "reopen") {
        await applyTransitionIn(tx, current, {
          ...base,
          event: "REOPEN",
          alsoWrite: (t) => t.review.updateMany({ where: { claimId: claim.id, voided: false }, data: { voided: true } }),
        });
      } else {
        if (claim.anchorStatus === "ORPHANED")
          throw new AppError("INVALID_STATE", "It lost its words in the article's new version: an editor must re-attach it first.");
        // Four eyes, exactly as for one claim: never a verdict the reviewer wrote or edited.
        await assertJudgeable(actor, { ...claim, verdict }, { version: claim.version, verdictVersion: verdict.version });
        if (claim.reviews.some((review) => review.reviewerId === actor.id && review.decision === "APPROVE"))
          throw new AppError("CONFLICT", "You have already approved this verdict: another reviewer must add theirs.");
        const approvals = claim.reviews.filter((review) => review.decision === "APPROVE").length + 1;
        await applyTransitionIn(tx, current, {
          ...base,
          event: "APPROVE",
          approval: { approvals, required: requiredApprovals },
          details: { approvals: `${approvals} of ${requiredApprovals}` },
          alsoWrite: (t) =>
            t.review.create({
              data: {
                claimId: claim.id,
                reviewerId: actor.id,
                decision: "APPROVE",
                verdictVersion: verdict.version,
                claimVersion: claim.version,
              },
            }),
        });
      }
      return true;
  }
}
