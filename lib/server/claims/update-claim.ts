// Saves edits to a claim and its verdict. Optimistic locking: the write names the version the
// editor saw and is refused when someone saved in between. Changing the evidence of a claim in
// review or approved sends it back to draft and voids its approvals (DESIGN.md workflow).
import { db } from "@/lib/db";
import { assertTransition } from "@/lib/domain/claims/claim-workflow";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { updateClaimSchema } from "@/lib/schemas/claim";
import { asJson } from "../as-json";
import { changedFields, recordAudit } from "../audit/record-audit";
import { recordEvidenceChange } from "./record-evidence-change";
import { staleVersionError } from "./stale-version-error";

export async function updateClaim({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = updateClaimSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const { claimId, version, ratingId, summary, explanation, ...claimFields } = parsed.data;
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, include: { verdict: true } });
  if (!claim?.verdict) throw new AppError("NOT_FOUND", "Claim not found.");
  if (claim.version !== version) throw await staleVersionError(claimId, version);

  const verdictFields = { ratingId, summary, explanation };
  const verdictChanges = changedFields(claim.verdict as Record<string, unknown>, Object.fromEntries(Object.entries(verdictFields).filter(([, v]) => v !== undefined)));
  const claimChanges = changedFields(claim as Record<string, unknown>, Object.fromEntries(Object.entries(claimFields).filter(([, v]) => v !== undefined)));
  // Every verdict field (rating, summary, explanation) is evidence.
  const evidenceChanged = Object.keys(verdictChanges as object).length > 0;
  const state = evidenceChanged ? assertTransition(claim.state, "EDIT_EVIDENCE") : claim.state;

  return db.$transaction(async (tx) => {
    const written = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: { ...claimFields, state, version: { increment: 1 } },
    });
    if (written.count === 0) throw await staleVersionError(claimId, version);
    if (evidenceChanged) {
      await recordEvidenceChange(tx, claimId, actor.id, {
        ratingId,
        summary,
        ...(explanation ? { explanation: asJson(explanation), explanationText: richTextToPlainText(explanation) } : {}),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "Claim",
      entityId: claimId,
      action: "update",
      changes: {
        ...(claimChanges as object),
        ...(verdictChanges as object),
        ...(state !== claim.state ? { state: { before: claim.state, after: state } } : {}),
        version: { before: version, after: version + 1 },
      },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
  });
}
