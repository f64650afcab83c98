/** How people call a claim's stored fields: in conflict messages and in the claim's history. */
export const CLAIM_FIELD_LABELS: Record<string, string> = {
  text: "claim",
  claimantId: "claimant",
  dateSaid: "date said",
  appearanceUrl: "appearance URL",
  tags: "tags",
  checkWorthiness: "check-worthiness",
  assigneeId: "assignee",
  dueAt: "due date",
  priority: "priority",
  ratingId: "rating",
  summary: "summary",
  explanation: "explanation",
  state: "state",
  deleted: "deletion",
  sources: "sources",
  // As the history records them: by name, not by id.
  claimant: "claimant",
  rating: "rating",
  assignee: "assignee",
};

/**
 * The claim's public content: what readers see and a reviewer approves. Changing any of it on a
 * claim in review or approved is an evidence edit (back to draft, approvals void, four eyes).
 */
export const EVIDENCE_FIELDS = [
  "text",
  "claimantId",
  "dateSaid",
  "appearanceUrl",
  "ratingId",
  "summary",
  "explanation",
  "sources",
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export function isEvidenceField(field: string): field is EvidenceField {
  return (EVIDENCE_FIELDS as readonly string[]).includes(field);
}
