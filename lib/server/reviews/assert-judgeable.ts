// What every review decision checks: four eyes, and that the reviewer judged the claim as it is now.
import { mayJudgeVerdict } from "@/lib/domain/claims/four-eyes";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { staleVersionError } from "../claims/stale-version-error";

type Judged = { id: string; version: number; verdict: { authorId: string; version: number; contributors: { id: string }[] } };
type Seen = { version: number; verdictVersion: number };

export async function assertJudgeable(actor: Actor, claim: Judged, seen: Seen) {
  const authorship = { authorId: claim.verdict.authorId, contributorIds: claim.verdict.contributors.map((c) => c.id) };
  if (!mayJudgeVerdict(actor.id, authorship)) {
    throw new AppError("FORBIDDEN", "You wrote or edited this claim: another reviewer must judge it (four eyes).");
  }
  // Every change to the claim's public content bumps the verdict version (record-evidence-change.ts),
  // so a decision on an older one judged other words. Later non-evidence edits (tags, assignee,
  // another approval) moved only the claim version and do not void what the reviewer read.
  if (seen.verdictVersion !== claim.verdict.version || seen.version > claim.version) {
    throw await staleVersionError(claim.id, Math.min(seen.version, claim.version), "reviewing");
  }
}
