// "Re-attach": an editor points a claim at other words of its article's current text — an orphan
// after a new version, a candidate the re-anchoring offered, or a moved claim put right. The quote
// is what a reviewer judged, so this is an evidence change: approvals are voided, the editor is a
// contributor (no approving it themselves), an approved claim goes back to review. Audited with
// the quote before and after.
import { db } from "@/lib/db";
import { describeRange } from "@/lib/domain/anchoring/text-quote";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { reattachClaimSchema } from "@/lib/schemas/import";
import { defineUseCase } from "../use-case";
import { applyTransition, loadLiveClaim } from "./apply-transition";
import { recordEvidenceChange } from "./record-evidence-change";

export const reattachClaim = defineUseCase(
  { permission: "claim.edit", schema: reattachClaimSchema, invalid: "Select the words to attach the claim to." },
  async ({ actor, input }) => {
    const claim = await loadLiveClaim(input.claimId);
    const article = await db.article.findUnique({
      where: { id: claim.articleId },
      select: { currentRevision: { select: { id: true, number: true, plainText: true } } },
    });
    const revision = article?.currentRevision;
    if (!revision) throw new AppError("NOT_FOUND", "Article not found.");
    if (input.end > revision.plainText.length)
      throw new AppError("INVALID_INPUT", "The selection is outside the article's current text.", {
        end: ["Select words of the article."],
      });
    const anchor = describeRange(revision.plainText, input.start, input.end);
    if (!anchor.exact.trim())
      throw new AppError("INVALID_INPUT", "Select words, not only spaces.", { start: ["Select words of the article."] });
    return applyTransition(claim, {
      actorId: actor.id,
      claimId: claim.id,
      event: "QUOTE_CHANGED",
      version: input.version,
      action: "reattach",
      claimData: {
        revisionId: revision.id,
        anchorExact: anchor.exact,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        anchorStatus: "ANCHORED",
        anchorPreviousExact: claim.anchorExact,
        anchorSimilarity: null,
        anchorCandidates: Prisma.DbNull,
      },
      alsoWrite: (tx) => recordEvidenceChange(tx, claim.id, actor.id),
      details: { revision: revision.number, quote: { before: claim.anchorExact, after: anchor.exact } },
    });
  },
);
