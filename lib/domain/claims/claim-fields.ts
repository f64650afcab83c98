/** How people call a claim's stored fields: in conflict messages and in the claim's history. */
export const CLAIM_FIELD_LABELS: Record<string, string> = {
  text: "claim", claimantId: "claimant", dateSaid: "date said", appearanceUrl: "appearance URL", tags: "tags",
  checkWorthiness: "check-worthiness", assigneeId: "assignee", ratingId: "rating", summary: "summary",
  explanation: "explanation", state: "state", deleted: "deletion", sources: "sources",
};
