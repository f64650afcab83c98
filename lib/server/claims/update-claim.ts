// Saves edits to a claim and its verdict. Optimistic locking: the write names the version the
// editor saw and is refused when someone saved in between. Every change goes through the workflow:
// a change to the claim's public content (EVIDENCE_FIELDS) is an evidence edit — a claim in
// review or approved goes back to draft, its approvals void and the editor becomes a contributor —
// anything else (tags, check-worthiness, assignee, due date, priority) is a plain edit that keeps the state.
import { db } from "@/lib/db";
import { isEvidenceField } from "@/lib/domain/claims/claim-fields";
import { PRIORITY_LABELS } from "@/lib/domain/claims/desk-fields";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { ClaimFieldChanges } from "@/lib/schemas/claim-events";
import { type ClaimPriority, type UpdateClaimInput, updateClaimSchema } from "@/lib/schemas/claim";
import type { Tx } from "@/lib/db";
import { notifyAssigned } from "../notifications/claim-notices";
import { asJson } from "../as-json";
import { changedFields } from "../audit/record-audit";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { editEvidence } from "./edit-evidence";
import { staleVersionError } from "./stale-version-error";

const given = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
type Choices = Pick<UpdateClaimInput, "claimantId" | "ratingId" | "assigneeId">;
type ChoiceNames = { claimant?: string | null; rating?: string | null; assignee?: string | null };

/** The names of a chosen claimant, rating and assignee; one that does not exist is a field error, not a database failure. */
async function chosenNames({ claimantId, ratingId, assigneeId }: Choices): Promise<ChoiceNames> {
  const [claimant, rating, assignee] = await Promise.all([
    claimantId ? db.claimant.findUnique({ where: { id: claimantId }, select: { name: true } }) : null,
    ratingId ? db.rating.findUnique({ where: { id: ratingId }, select: { label: true } }) : null,
    assigneeId ? db.user.findFirst({ where: { id: assigneeId, disabled: false }, select: { name: true } }) : null,
  ]);
  const errors: FieldErrors = {};
  if (claimantId && !claimant) errors.claimantId = ["That claimant does not exist (any more): choose one from the list."];
  if (ratingId && !rating) errors.ratingId = ["That rating is not on the scale."];
  if (assigneeId && !assignee) errors.assigneeId = ["That person is not on the desk (any more)."];
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", errors);
  return { claimant: claimant?.name ?? null, rating: rating?.label ?? null, assignee: assignee?.name ?? null };
}

const priorityLabel = (value: unknown) => (typeof value === "string" ? PRIORITY_LABELS[value as ClaimPriority] : null);
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : null);

/** The changes as the history shows them: names instead of ids, dates as days, the explanation as text. */
function readable(
  changes: Record<string, { before: unknown; after: unknown }>,
  claim: Awaited<ReturnType<typeof loadLiveClaim>>,
  names: ChoiceNames,
): ClaimFieldChanges {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, { before, after }] of Object.entries(changes)) {
    if (field === "claimantId") out.claimant = { before: claim.claimant?.name ?? null, after: names.claimant ?? null };
    else if (field === "ratingId") out.rating = { before: claim.verdict.rating?.label ?? null, after: names.rating ?? null };
    else if (field === "assigneeId") out.assignee = { before: claim.assignee?.name ?? null, after: names.assignee ?? null };
    else if (field === "dateSaid" || field === "dueAt") out[field] = { before: day(before), after: day(after) };
    else if (field === "priority") out.priority = { before: priorityLabel(before), after: priorityLabel(after) };
    else if (field === "explanation")
      out.explanation = { before: claim.verdict.explanationText || null, after: after ? richTextToPlainText(after as never) : null };
    else out[field] = { before: before ?? null, after: after ?? null };
  }
  return out as ClaimFieldChanges;
}

export const updateClaim = defineUseCase(
  { permission: "claim.edit", schema: updateClaimSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { claimId, version, ratingId, summary, explanation, ...fields } = input;
    const names = await chosenNames({ claimantId: fields.claimantId, ratingId, assigneeId: fields.assigneeId });
    const claim = await loadLiveClaim(claimId);
    if (claim.version !== version) throw await staleVersionError(claimId, version);

    const claimData = given(fields);
    const changes = {
      ...changedFields(claim as Record<string, unknown>, claimData),
      ...changedFields(claim.verdict as Record<string, unknown>, given({ ratingId, summary, explanation })),
    };
    if (Object.keys(changes).length > 0) {
      const details = readable(changes, claim, names);
      // A new assignee hears of it in the same transaction as the assignment.
      const assigneeId = "assigneeId" in changes ? fields.assigneeId : null;
      const tellAssignee = async (tx: Tx) => {
        if (assigneeId)
          await notifyAssigned(tx, actor, { id: claimId, articleId: claim.articleId, text: fields.text ?? claim.text }, assigneeId);
      };
      if (Object.keys(changes).some(isEvidenceField)) {
        const verdictData = {
          ...given({ summary }),
          ...(ratingId !== undefined ? { rating: ratingId ? { connect: { id: ratingId } } : { disconnect: true } } : {}),
          ...(explanation ? { explanation: asJson(explanation), explanationText: richTextToPlainText(explanation) } : {}),
        };
        await editEvidence({ actor, claim, version, action: "update", changes: details, claimData, verdictData, write: tellAssignee });
      } else {
        await applyTransition(claim, {
          actorId: actor.id,
          claimId,
          event: "EDIT",
          version,
          action: "update",
          details,
          claimData,
          alsoWrite: tellAssignee,
        });
      }
    }
    return db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
  },
);
