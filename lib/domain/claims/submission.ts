// What a claim needs before it can go to review (DESIGN.md: claimant, rating, explanation, ≥ 1 source).
export type SubmissionCandidate = {
  claimantId: string | null;
  ratingId: string | null;
  explanationText: string;
  sourceCount: number;
};

/** The missing items by input field name (so fixing the field clears the message) and human label; empty when the claim can be submitted. */
export function missingForSubmission(claim: SubmissionCandidate): { field: string; label: string }[] {
  const missing: { field: string; label: string }[] = [];
  if (!claim.claimantId) missing.push({ field: "claimantId", label: "a claimant" });
  if (!claim.ratingId) missing.push({ field: "ratingId", label: "a rating" });
  if (!claim.explanationText.trim()) missing.push({ field: "explanation", label: "an explanation" });
  if (claim.sourceCount < 1) missing.push({ field: "sources", label: "at least one source" });
  return missing;
}
