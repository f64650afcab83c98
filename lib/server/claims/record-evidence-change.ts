// The workflow rule for evidence (rating, summary, explanation, sources): a change bumps the
// verdict's version, makes the actor a contributor (so they cannot approve it) and voids approvals.
import type { Tx } from "@/lib/db";

export async function recordEvidenceChange(tx: Tx, claimId: string, actorId: string, verdictData: object = {}) {
  await tx.verdict.update({
    where: { claimId },
    data: { ...verdictData, version: { increment: 1 }, contributors: { connect: [{ id: actorId }] } },
  });
  await tx.review.updateMany({ where: { claimId, voided: false }, data: { voided: true } });
}
