// Publishes an article: writes the next immutable publication version with its frozen snapshot.
import { db } from "@/lib/db";
import { changedVerdicts } from "@/lib/domain/publications/snapshot-changes";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";
import { asJson } from "../as-json";
import { recordAudit } from "../audit/record-audit";
import { loadSnapshot } from "./load-snapshot";
import { forgetReaderPages } from "./reader-page-cache";

export type PublishArticleInput = { actor: Actor | null; articleId: string; correctionNote?: string | null };

export async function publishArticle({ actor, articleId, correctionNote }: PublishArticleInput) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true } });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  assertCan(actor, "article.publish");

  const snapshot = await loadSnapshot(articleId);
  if (snapshot.claims.length === 0) {
    throw new AppError("INVALID_STATE", "Nothing to publish yet: at least one claim must be approved.");
  }
  const note = correctionNote?.trim() || null;
  const previous = await db.publication.findFirst({ where: { articleId }, orderBy: { version: "desc" } });
  if (previous) {
    const changes = changedVerdicts(publicationSnapshotSchema.parse(previous.snapshot), snapshot);
    if (changes.length > 0 && !note) {
      throw new AppError("INVALID_INPUT", "A published verdict changed: explain the change in a correction note.", {
        correctionNote: [`Required: ${changes.length} published verdict(s) changed.`],
      });
    }
  }

  const written = await db.$transaction(async (tx) => {
    const publication = await tx.publication.create({
      data: {
        articleId,
        version: (previous?.version ?? 0) + 1,
        slug: article.slug,
        snapshot: asJson(snapshot),
        correctionNote: note,
        publishedById: actor.id,
      },
    });
    await tx.article.update({ where: { id: articleId }, data: { publicationStatus: "PUBLISHED" } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "Article",
      entityId: articleId,
      action: "publish",
      changes: { version: publication.version, claims: snapshot.claims.length, correctionNote: note },
    });
    return publication;
  });
  forgetReaderPages(article.slug);
  return written;
}
