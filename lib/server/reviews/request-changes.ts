// A reviewer sends a claim back with the reason; the editor fixes it and resubmits.
import { requestChangesSchema } from "@/lib/schemas/review";
import { applyTransition, loadLiveClaim } from "../claims/apply-transition";
import { notifyReviewDecision } from "../notifications/claim-notices";
import { defineUseCase } from "../use-case";
import { assertJudgeable } from "./assert-judgeable";

export const requestChanges = defineUseCase(
  { permission: "claim.review", schema: requestChangesSchema, invalid: "Say what needs to change." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    await assertJudgeable(actor, claim, input);
    const { reason } = input;
    return applyTransition(claim, {
      actorId: actor.id,
      claimId: claim.id,
      event: "REQUEST_CHANGES",
      details: { reason },
      alsoWrite: async (tx) => {
        await tx.review.create({
          data: {
            claimId: claim.id,
            reviewerId: actor.id,
            decision: "REQUEST_CHANGES",
            reason,
            verdictVersion: claim.verdict.version,
            claimVersion: claim.version,
          },
        });
        // Approvals given before the changes were asked for do not carry over to the fixed verdict.
        await tx.review.updateMany({ where: { claimId: claim.id, voided: false, decision: "APPROVE" }, data: { voided: true } });
        await notifyReviewDecision(tx, actor, claim, { reason });
      },
    });
  },
);
