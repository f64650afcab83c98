// A change to a claim's evidence (its public content: text, claimant, date, appearance, rating,
// summary, explanation, sources): the workflow's EDIT_EVIDENCE transition on the version the
// editor saw, plus the evidence rule (approvals voided, the actor becomes a contributor), all in
// the transition's transaction.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import type { ClaimEventAction } from "@/lib/schemas/claim-events";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { recordEvidenceChange } from "./record-evidence-change";

type LiveClaim = Awaited<ReturnType<typeof loadLiveClaim>>;

type EvidenceEdit<T> = {
  actor: Actor;
  /** The claim as loaded by the caller, or its id to load it here. */
  claim: LiveClaim | string;
  version: number;
  action: ClaimEventAction;
  /** What changed, for the audit log (state and version are added by the transition). */
  changes: Record<string, unknown>;
  claimData?: Prisma.ClaimUpdateManyMutationInput;
  verdictData?: Prisma.VerdictUpdateInput;
  write?: (tx: Tx, claim: { sourceCount: number }) => Promise<T>;
};

export async function editEvidence<T = undefined>({
  actor,
  claim: given,
  version,
  action,
  changes,
  claimData,
  verdictData,
  write,
}: EvidenceEdit<T>) {
  const claim = typeof given === "string" ? await loadLiveClaim(given) : given;
  let result = undefined as T;
  const transition = await applyTransition(claim, {
    actorId: actor.id,
    claimId: claim.id,
    event: "EDIT_EVIDENCE",
    version,
    action,
    details: changes,
    claimData,
    alsoWrite: async (tx) => {
      if (write) result = await write(tx, { sourceCount: claim._count.sources });
      await recordEvidenceChange(tx, claim.id, actor.id, verdictData);
    },
  });
  return { result, ...transition };
}
