// A change to a claim's evidence outside the verdict form (adding or removing a source): the
// workflow's EDIT_EVIDENCE transition on the version the editor saw, plus the evidence rule
// (approvals voided, the actor becomes a contributor), all in the transition's transaction.
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { recordEvidenceChange } from "./record-evidence-change";

type EvidenceEdit<T> = {
  actor: Actor;
  claimId: string;
  version: number;
  action: string;
  /** What changed, for the audit log (state and version are added by the transition). */
  changes: Record<string, unknown>;
  write: (tx: Tx, claim: { sourceCount: number }) => Promise<T>;
};

export async function editEvidence<T>({ actor, claimId, version, action, changes, write }: EvidenceEdit<T>) {
  const claim = await loadLiveClaim(claimId);
  let result!: T;
  const transition = await applyTransition(claim, {
    actorId: actor.id,
    claimId,
    event: "EDIT_EVIDENCE",
    version,
    action,
    details: changes,
    alsoWrite: async (tx) => {
      result = await write(tx, { sourceCount: claim._count.sources });
      await recordEvidenceChange(tx, claimId, actor.id);
    },
  });
  return { result, ...transition };
}
