// Sends a claim to review (or back to review after changes were requested). It needs a claimant,
// a rating, an explanation and at least one source; the refusal names everything missing.
import { db } from "@/lib/db";
import { missingForSubmission } from "@/lib/domain/claims/submission";
import { AppError } from "@/lib/errors";
import { claimVersionSchema } from "@/lib/schemas/review";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";

export const submitClaim = defineUseCase(
  { permission: "claim.submit", schema: claimVersionSchema, invalid: "Choose a claim to submit." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    const event = claim.state === "CHANGES_REQUESTED" ? "RESUBMIT" : "SUBMIT";
    if (claim.anchorStatus === "ORPHANED")
      throw new AppError("INVALID_STATE", "Re-attach this claim to words of the article's current version before review.");
    if (claim.state === "DRAFT" || claim.state === "CHANGES_REQUESTED") {
      const missing = missingForSubmission({
        claimantId: claim.claimantId,
        ratingId: claim.verdict.ratingId,
        explanationText: claim.verdict.explanationText,
        sourceCount: claim._count.sources,
      });
      const rating = claim.verdict.ratingId ? await db.rating.findUnique({ where: { id: claim.verdict.ratingId } }) : null;
      if (rating?.retiredAt) {
        const message = `The rating “${rating.label}” was retired from the scale: choose another before review.`;
        throw new AppError("INVALID_INPUT", message, { ratingId: [message] });
      }
      if (missing.length > 0) {
        const list = missing.map((item) => item.label);
        throw new AppError(
          "INVALID_INPUT",
          `Before review, add ${list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : list[0]}.`,
          Object.fromEntries(missing.map((item) => [item.field, [`Add ${item.label}.`]])),
        );
      }
    }
    return applyTransition(claim, { actorId: actor.id, claimId: claim.id, event, version: input.version });
  },
);
