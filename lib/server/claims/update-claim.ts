// Saves edits to a claim and its verdict. Optimistic locking: the write names the version the
// editor saw and is refused when someone saved in between. Every change goes through the workflow:
// a change to the claim's public content (EVIDENCE_FIELDS) is an evidence edit — a claim in
// review or approved goes back to draft, its approvals void and the editor becomes a contributor —
// anything else (tags, check-worthiness, assignee) is a plain edit that keeps the state.
import { db } from "@/lib/db";
import { isEvidenceField } from "@/lib/domain/claims/claim-fields";
import { richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { updateClaimSchema } from "@/lib/schemas/claim";
import { asJson } from "../as-json";
import { changedFields } from "../audit/record-audit";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { editEvidence } from "./edit-evidence";
import { staleVersionError } from "./stale-version-error";

const given = <T extends object>(fields: T) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;

export async function updateClaim({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = updateClaimSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const { claimId, version, ratingId, summary, explanation, ...fields } = parsed.data;
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
}
