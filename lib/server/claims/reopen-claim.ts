// An editor takes a claim back to draft (from review, changes requested or approved); approvals void.
import { claimVersionSchema } from "@/lib/schemas/review";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";

export const reopenClaim = defineUseCase(
  { permission: "claim.edit", schema: claimVersionSchema, invalid: "Choose a claim to reopen." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    return applyTransition(claim, {
      actorId: actor.id,
      claimId: claim.id,
      event: "REOPEN",
      version: input.version,
      alsoWrite: (tx) => tx.review.updateMany({ where: { claimId: claim.id, voided: false }, data: { voided: true } }),
    });
  },
);
