// Which published verdicts a new publication would change: those need a public correction note.
import type { PublicationSnapshot } from "../../schemas/publication";

export type VerdictChange = { claimId: string; claim: string; before: string; after: string };

export function changedVerdicts(previous: PublicationSnapshot, next: PublicationSnapshot): VerdictChange[] {
  const nextById = new Map(next.claims.map((claim) => [claim.id, claim]));
  const changes: VerdictChange[] = [];
  for (const before of previous.claims) {
    const after = nextById.get(before.id);
    const describe = (claim: typeof before) => `${claim.rating.label}: ${claim.summary}`;
    if (!after) {
      changes.push({ claimId: before.id, claim: before.text, before: describe(before), after: "withdrawn" });
    } else if (
      after.rating.label !== before.rating.label ||
      after.summary !== before.summary ||
      JSON.stringify(after.explanation) !== JSON.stringify(before.explanation)
    ) {
      changes.push({ claimId: before.id, claim: before.text, before: describe(before), after: describe(after) });
    }
  }
  return changes;
}
