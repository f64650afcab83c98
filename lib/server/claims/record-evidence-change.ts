// The workflow rule for evidence: a change bumps the verdict's version, makes the actor a
// contributor (so they cannot approve it) and voids approvals.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function recordEvidenceChange(tx: Tx, claimId: string, actorId: string, verdictData: Prisma.VerdictUpdateInput = {}) {
  await tx.verdict.update({
    where: { claimId },
    data: { ...verdictData, version: { increment: 1 }, contributors: { connect: [{ id: actorId }] } },
  });
  await tx.review.updateMany({ where: { claimId, voided: false }, data: { voided: true } });
}
