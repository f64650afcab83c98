// Deletes a claim after the editor confirmed: the workflow's DELETE event at the version the
// editor saw (kept in the database, hidden everywhere, audited).
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { claimVersionSchema } from "@/lib/schemas/review";
import { applyTransition, loadLiveClaim } from "./apply-transition";

export async function deleteClaim({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.delete");
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a claim to delete.", parsed.error.flatten().fieldErrors);
  const claim = await loadLiveClaim(parsed.data.claimId);
  return applyTransition(claim, {
    actorId: actor.id,
    claimId: claim.id,
    event: "DELETE",
    version: parsed.data.version,
    action: "delete",
    details: { deleted: { before: false, after: true }, text: claim.text, quote: claim.anchorExact },
  });
}
