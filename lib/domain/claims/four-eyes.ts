// Four eyes: nobody approves a verdict they wrote or edited.
export type VerdictAuthorship = { authorId: string; contributorIds: readonly string[] };

export function mayJudgeVerdict(reviewerId: string, verdict: VerdictAuthorship): boolean {
  return reviewerId !== verdict.authorId && !verdict.contributorIds.includes(reviewerId);
}
