// Deletes a claim after the editor confirmed: the workflow's DELETE event at the version the
// editor saw (kept in the database, hidden everywhere, audited).
import { claimVersionSchema } from "@/lib/schemas/review";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";

export const deleteClaim = defineUseCase(
  { permission: "claim.delete", schema: claimVersionSchema, invalid: "Choose a claim to delete." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    return applyTransition(claim, {
      actorId: actor.id,
      claimId: claim.id,
      event: "DELETE",
      version: input.version,
      action: "delete",
      details: { deleted: { before: false, after: true }, text: claim.text, quote: claim.anchorExact },
    });
  },
);
