// Deletes a claim (kept in the database, hidden everywhere) after the editor confirmed; audited.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import { staleVersionError } from "./stale-version-error";

export async function deleteClaim({ actor, claimId, version }: { actor: Actor | null; claimId: string; version: number }) {
  assertCan(actor, "claim.delete");
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  await db.$transaction(async (tx) => {
    const written = await tx.claim.updateMany({ where: { id: claimId, version }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    if (written.count === 0) throw await staleVersionError(claimId, version);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "Claim",
      entityId: claimId,
      action: "delete",
      changes: { deleted: { before: false, after: true }, text: claim.text, quote: claim.anchorExact, version: { before: version, after: version + 1 } },
    });
  });
}
