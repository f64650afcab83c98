// The claim panel's view of a stored claim: dates as yyyy-mm-dd, empty strings for empty fields.
import { anchorCandidatesSchema } from "@/lib/schemas/import";
import { richTextDocSchema } from "@/lib/schemas/rich-text";
import type { getArticleForDesk } from "@/lib/server/articles/get-article-for-desk";
import type { PanelClaim } from "./claim-panel/ClaimPanel";

type DeskClaim = Awaited<ReturnType<typeof getArticleForDesk>>["claims"][number];
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export function toPanelClaim(claim: DeskClaim): PanelClaim {
  const explanation = richTextDocSchema.safeParse(claim.verdict?.explanation);
  return {
    id: claim.id,
    version: claim.version,
    state: claim.state,
    quote: claim.anchorExact,
    anchor: {
      status: claim.anchorStatus,
      previousQuote: claim.anchorPreviousExact,
      similarity: claim.anchorSimilarity,
      prefix: claim.anchorPrefix,
      suffix: claim.anchorSuffix,
      candidates: anchorCandidatesSchema.catch([]).parse(claim.anchorCandidates ?? []),
    },
    text: claim.text,
    claimant: claim.claimant && { id: claim.claimant.id, name: claim.claimant.name, title: claim.claimant.title },
    dateSaid: day(claim.dateSaid),
    appearanceUrl: claim.appearanceUrl ?? "",
    tags: claim.tags,
    checkWorthiness: claim.checkWorthiness,
    assigneeId: claim.assigneeId,
    dueAt: day(claim.dueAt),
    priority: claim.priority,
    ratingId: claim.verdict?.ratingId ?? null,
    summary: claim.verdict?.summary ?? "",
    explanation: explanation.success ? explanation.data : null,
    approvals: claim._count.reviews,
    changesRequested: claim.reviews[0] ? { reviewer: claim.reviews[0].reviewer.name, reason: claim.reviews[0].reason ?? "" } : null,
    sources: claim.sources.map((source) => ({ ...source, accessedAt: source.accessedAt ? day(source.accessedAt) : null })),
  };
}
