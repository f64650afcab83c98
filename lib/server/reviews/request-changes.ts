// A reviewer sends a claim back with the reason; the editor fixes it and resubmits.
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { requestChangesSchema } from "@/lib/schemas/review";
import { applyTransition, loadLiveClaim } from "../claims/apply-transition";
import { assertJudgeable } from "./assert-judgeable";

export async function requestChanges({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.review");
  const parsed = requestChangesSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Say what needs to change.", parsed.error.flatten().fieldErrors);
  const claim = await loadLiveClaim(parsed.data.claimId);
  await assertJudgeable(actor, claim, parsed.data);
  const { reason } = parsed.data;
  return applyTransition(claim, {
    actorId: actor.id,
    claimId: claim.id,
    event: "REQUEST_CHANGES",
    details: { reason },
    alsoWrite: async (tx) => {
      await tx.review.create({
        data: { claimId: claim.id, reviewerId: actor.id, decision: "REQUEST_CHANGES", reason, verdictVersion: claim.verdict.version, claimVersion: claim.version },
      });
      // Approvals given before the changes were asked for do not carry over to the fixed verdict.
      await tx.review.updateMany({ where: { claimId: claim.id, voided: false, decision: "APPROVE" }, data: { voided: true } });
    },
  });
}
