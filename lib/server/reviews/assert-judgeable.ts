// What every review decision checks: four eyes, and that the reviewer read the current verdict.
import { mayJudgeVerdict } from "@/lib/domain/claims/four-eyes";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";

type Judged = { verdict: { authorId: string; version: number; contributors: { id: string }[] } };

export function assertJudgeable(actor: Actor, claim: Judged, verdictVersion: number) {
  const authorship = { authorId: claim.verdict.authorId, contributorIds: claim.verdict.contributors.map((c) => c.id) };
  if (!mayJudgeVerdict(actor.id, authorship)) {
    throw new AppError("FORBIDDEN", "You wrote or edited this verdict: another reviewer must judge it (four eyes).");
  }
  if (verdictVersion !== claim.verdict.version) {
    throw new AppError("CONFLICT", "The verdict changed after you opened it. Reload to review the current version.");
  }
}
