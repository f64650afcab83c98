// A reviewer approves the claim they read. Four eyes: never one they wrote or edited. The approval
// is bound to the version judged; the claim is approved once it has the number of approvals the
// desk requires (publisher profile, default 1).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { approveClaimSchema } from "@/lib/schemas/review";
import { applyTransition, loadLiveClaim } from "../claims/apply-transition";
import { notifyReviewDecision } from "../notifications/claim-notices";
import { defineUseCase } from "../use-case";
import { assertJudgeable } from "./assert-judgeable";

export const approveClaim = defineUseCase(
  { permission: "claim.review", schema: approveClaimSchema, invalid: "Choose a claim to approve." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    if (claim.anchorStatus === "ORPHANED")
      throw new AppError("INVALID_STATE", "This claim lost its words in the article's new version: an editor must re-attach it first.");
    await assertJudgeable(actor, claim, input);
    if (claim.reviews.some((review) => review.reviewerId === actor.id && review.decision === "APPROVE")) {
      throw new AppError("CONFLICT", "You have already approved this verdict: another reviewer must add theirs.");
    }
    const profile = await db.publisherProfile.findUnique({ where: { id: 1 }, select: { requiredApprovals: true } });
    const approvals = claim.reviews.filter((review) => review.decision === "APPROVE").length + 1;
    const required = profile?.requiredApprovals ?? 1;
    return applyTransition(claim, {
      actorId: actor.id,
      claimId: claim.id,
      event: "APPROVE",
      approval: { approvals, required },
      details: { approvals: `${approvals} of ${required}` },
      alsoWrite: async (tx) => {
        await tx.review.create({
          data: {
            claimId: claim.id,
            reviewerId: actor.id,
            decision: "APPROVE",
            verdictVersion: claim.verdict.version,
            claimVersion: claim.version,
          },
        });
        // Told when the claim is approved, not at each of several required approvals.
        if (approvals >= required) await notifyReviewDecision(tx, actor, claim, { approved: true });
      },
    });
  },
);
