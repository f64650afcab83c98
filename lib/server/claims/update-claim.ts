// Saves edits to a claim and its verdict. Optimistic locking: the write names the version the
// editor saw and is refused when someone saved in between. Every change goes through the workflow:
// a change to the claim's public content (EVIDENCE_FIELDS) is an evidence edit — a claim in
// review or approved goes back to draft, its approvals void and the editor becomes a contributor —
// anything else (tags, check-worthiness, assignee) is a plain edit that keeps the state.
import { db } from "@/lib/db";
import { isEvidenceField } from "@/lib/domain/claims/claim-fields";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import { AppError, type FieldErrors } from "@/lib/errors";
import { type UpdateClaimInput, updateClaimSchema } from "@/lib/schemas/claim";
import { asJson } from "../as-json";
import { changedFields } from "../audit/record-audit";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { editEvidence } from "./edit-evidence";
import { staleVersionError } from "./stale-version-error";

const given = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;

/** A chosen claimant, rating or assignee that does not exist is a field error, not a database failure. */
async function assertChoicesExist({ claimantId, ratingId, assigneeId }: Pick<UpdateClaimInput, "claimantId" | "ratingId" | "assigneeId">) {
  const [claimant, rating, assignee] = await Promise.all([
    claimantId ? db.claimant.count({ where: { id: claimantId } }) : 1,
    ratingId ? db.rating.count({ where: { id: ratingId } }) : 1,
    assigneeId ? db.user.count({ where: { id: assigneeId, disabled: false } }) : 1,
  ]);
  const errors: FieldErrors = {};
  if (!claimant) errors.claimantId = ["That claimant does not exist (any more): choose one from the list."];
  if (!rating) errors.ratingId = ["That rating is not on the scale."];
  if (!assignee) errors.assigneeId = ["That person is not on the desk (any more)."];
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", errors);
}

export const updateClaim = defineUseCase(
  { permission: "claim.edit", schema: updateClaimSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { claimId, version, ratingId, summary, explanation, ...fields } = input;
    await assertChoicesExist({ claimantId: fields.claimantId, ratingId, assigneeId: fields.assigneeId });
    const claim = await loadLiveClaim(claimId);
    if (claim.version !== version) throw await staleVersionError(claimId, version);

    const claimData = given(fields);
    const changes = {
      ...changedFields(claim as Record<string, unknown>, claimData),
      ...changedFields(claim.verdict as Record<string, unknown>, given({ ratingId, summary, explanation })),
    };
    if (Object.keys(changes).length > 0) {
      const step = { actor, claim, version, action: "update", changes, claimData };
      if (Object.keys(changes).some(isEvidenceField)) {
        const verdictData = {
          ...given({ summary }),
          ...(ratingId !== undefined ? { rating: ratingId ? { connect: { id: ratingId } } : { disconnect: true } } : {}),
          ...(explanation ? { explanation: asJson(explanation), explanationText: richTextToPlainText(explanation) } : {}),
        };
        await editEvidence({ ...step, verdictData });
      } else {
        await applyTransition(claim, { actorId: actor.id, claimId, event: "EDIT", version, action: "update", details: changes, claimData });
      }
    }
    return db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
  },
);
