// An editor takes a claim back to draft (from review, changes requested or approved); approvals void.
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { claimVersionSchema } from "@/lib/schemas/review";
import { applyTransition, loadLiveClaim } from "./apply-transition";

export async function reopenClaim({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a claim to reopen.", parsed.error.flatten().fieldErrors);
  const claim = await loadLiveClaim(parsed.data.claimId);
  return applyTransition(claim, {
    actorId: actor.id,
    claimId: claim.id,
    event: "REOPEN",
    version: parsed.data.version,
    alsoWrite: (tx) => tx.review.updateMany({ where: { claimId: claim.id, voided: false }, data: { voided: true } }),
  });
}
