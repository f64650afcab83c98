import { db } from "../db";

/** What a reviewer's decision names: the claim and the claim and verdict versions they read (as now). */
export async function reviewInput(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
  return { claimId, version: claim.version, verdictVersion: claim.verdict!.version };
}
