// Hides a published fact-check from readers. Every publication version stays in the database
// (the table refuses deletes); publishing again brings the page back as the next version.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import { forgetReaderPages } from "./reader-page-cache";

export async function unpublishArticle({ actor, articleId }: { actor: Actor | null; articleId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true, publicationStatus: true } });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  assertCan(actor, "article.publish");
  if (article.publicationStatus !== "PUBLISHED") throw new AppError("INVALID_STATE", "This fact-check is not published.");
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: articleId }, data: { publicationStatus: "WITHDRAWN" } });
    await recordAudit(tx, { actorId: actor.id, entityType: "Article", entityId: articleId, action: "unpublish", changes: { publicationStatus: { before: "PUBLISHED", after: "WITHDRAWN" } } });
  });
  forgetReaderPages(article.slug);
  return { slug: article.slug };
}
