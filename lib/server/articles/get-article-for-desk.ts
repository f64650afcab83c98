import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";

/** An article as the desk sees it: current revision and every live claim with its verdict. */
export async function getArticleForDesk({ actor, articleId }: { actor: Actor | null; articleId: string }) {
  assertCan(actor, "article.read");
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      currentRevision: { include: { importedBy: { select: { name: true } } } },
      claims: {
        where: { deletedAt: null },
        orderBy: { anchorStart: "asc" },
        include: {
          claimant: true,
          assignee: { select: { name: true } },
          verdict: { include: { rating: true } },
          sources: { orderBy: { position: "asc" } },
          // The latest request for changes, shown to the editor who fixes the claim.
          reviews: {
            where: { decision: "REQUEST_CHANGES" },
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { reviewer: { select: { name: true } } },
          },
          // Approvals that still count, for the warning before an edit voids them.
          _count: { select: { reviews: { where: { decision: "APPROVE", voided: false } } } },
        },
      },
      publications: { orderBy: { version: "desc" }, take: 1, select: { version: true, publishedAt: true } },
    },
  });
  if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
  return { ...article, currentRevision: article.currentRevision };
}
