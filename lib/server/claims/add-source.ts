// Adds a source to a claim. Sources are evidence: a claim in review or approved returns to draft
// and its approvals are voided (DESIGN.md workflow).
import { db } from "@/lib/db";
import { assertTransition } from "@/lib/domain/claims/claim-workflow";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { addSourceSchema } from "@/lib/schemas/source";
import { recordAudit } from "../audit/record-audit";
import { recordEvidenceChange } from "./record-evidence-change";
import { staleVersionError } from "./stale-version-error";

export async function addSource({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = addSourceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const { claimId, version, ...source } = parsed.data;
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: { _count: { select: { sources: true } } } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  if (claim.version !== version) throw await staleVersionError(claimId, version);
  const state = assertTransition(claim.state, "EDIT_EVIDENCE");

  return db.$transaction(async (tx) => {
    const written = await tx.claim.updateMany({ where: { id: claimId, version }, data: { state, version: { increment: 1 } } });
    if (written.count === 0) throw await staleVersionError(claimId, version);
    const created = await tx.source.create({ data: { ...source, claimId, position: claim._count.sources } });
    await recordEvidenceChange(tx, claimId, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "Claim",
      entityId: claimId,
      action: "add-source",
      changes: {
        sources: { before: null, after: { title: source.title, url: source.url } },
        ...(state !== claim.state ? { state: { before: claim.state, after: state } } : {}),
        version: { before: version, after: version + 1 },
      },
    });
    return { source: created, version: version + 1, state };
  });
}
