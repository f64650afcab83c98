// The shared steps of every change to a claim's evidence outside the verdict form (adding or
// removing a source): the version the editor saw, the workflow's EDIT_EVIDENCE transition, the
// evidence rule (approvals voided, actor becomes a contributor) and the audit event, in one transaction.
import { db, type Tx } from "@/lib/db";
import { assertTransition } from "@/lib/domain/claims/claim-workflow";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import { recordEvidenceChange } from "./record-evidence-change";
import { staleVersionError } from "./stale-version-error";

type EvidenceEdit<T> = {
  actor: Actor;
  claimId: string;
  version: number;
  action: string;
  /** What changed, for the audit log (state and version are added here). */
  changes: Record<string, unknown>;
  write: (tx: Tx, claim: { sourceCount: number }) => Promise<T>;
};

export async function editEvidence<T>({ actor, claimId, version, action, changes, write }: EvidenceEdit<T>) {
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: { _count: { select: { sources: true } } } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  if (claim.version !== version) throw await staleVersionError(claimId, version);
  const state = assertTransition(claim.state, "EDIT_EVIDENCE");

  return db.$transaction(async (tx) => {
    const written = await tx.claim.updateMany({ where: { id: claimId, version }, data: { state, version: { increment: 1 } } });
    if (written.count === 0) throw await staleVersionError(claimId, version);
    const result = await write(tx, { sourceCount: claim._count.sources });
    await recordEvidenceChange(tx, claimId, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "Claim",
      entityId: claimId,
      action,
      changes: {
        ...changes,
        ...(state !== claim.state ? { state: { before: claim.state, after: state } } : {}),
        version: { before: version, after: version + 1 },
      } as object,
    });
    return { result, version: version + 1, state };
  });
}
