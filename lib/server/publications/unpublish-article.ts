// Hides a published fact-check from readers. Every publication version stays in the database
// (the table refuses deletes); publishing again brings the page back.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { unpublishArticleSchema } from "@/lib/schemas/publication";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";
import { forgetFactCheck } from "./forget-pages";
import { reindexPublishedClaims } from "./published-claims";

export const unpublishArticle = defineUseCase(
  { permission: "article.publish", schema: unpublishArticleSchema, invalid: "Choose an article." },
  async ({ actor, input }) => {
    const article = await db.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, slug: true, publicationStatus: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "Article not found.");
    if (article.publicationStatus !== "PUBLISHED") throw new AppError("INVALID_STATE", "This fact-check is not published.");
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: article.id }, data: { publicationStatus: "WITHDRAWN" } });
      await reindexPublishedClaims(tx, article.id);
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Article",
        entityId: article.id,
        action: "unpublish",
        changes: { publicationStatus: { before: "PUBLISHED", after: "WITHDRAWN" } },
      });
    });
    await forgetFactCheck(article.slug);
    return { slug: article.slug };
  },
);
