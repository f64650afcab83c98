// Sends a claim to review (or back to review after changes were requested). It needs a claimant,
// a rating, an explanation and at least one source; the refusal names everything missing.
import { db } from "@/lib/db";
import { claimVersionSchema } from "@/lib/schemas/review";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { assertSubmittable } from "./assert-submittable";

export const submitClaim = defineUseCase(
  { permission: "claim.submit", schema: claimVersionSchema, invalid: "Choose a claim to submit." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    const event = claim.state === "CHANGES_REQUESTED" ? "RESUBMIT" : "SUBMIT";
    await assertSubmittable(db, claim);
    return applyTransition(claim, { actorId: actor.id, claimId: claim.id, event, version: input.version });
  },
);
