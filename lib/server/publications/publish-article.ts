// Publishes an article: writes the next immutable publication version with its frozen snapshot.
// Everything is read and written in one REPEATABLE READ transaction that first locks the article:
// the snapshot (claims, verdicts, reviewers, sources) and the version number come from one moment,
// and of two simultaneous publishes one wins while the other gets a clear CONFLICT.
import { db } from "@/lib/db";
import { comparePublications, stampClaimDates } from "@/lib/domain/publications/snapshot-changes";
import { AppError, isWriteConflict } from "@/lib/errors";
import { publicationSnapshotSchema, publishArticleSchema } from "@/lib/schemas/publication";
import { asJson } from "../as-json";
import { recordAudit } from "../audit/record-audit";
import { notifyPublished } from "../notifications/claim-notices";
import { loadSnapshot } from "./load-snapshot";
import { defineUseCase } from "../use-case";
import { forgetFactCheck } from "./forget-pages";
import { reindexPublishedClaims } from "./published-claims";

type Locked = { slug: string; publicationStatus: string };

export const publishArticle = defineUseCase(
  { permission: "article.publish", schema: publishArticleSchema, invalid: "Check the correction note." },
  async ({ actor, input }) => {
    const { articleId, correctionNote: note } = input;
    let slug: string | null = null;
    try {
      const written = await db.$transaction(
        async (tx) => {
          const [article] = await tx.$queryRaw<
            Locked[]
          >`SELECT "slug", "publicationStatus"::text FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
          if (!article) throw new AppError("NOT_FOUND", "Article not found.");
          slug = article.slug;
          const next = await loadSnapshot(tx, articleId);
          if (next.claims.length === 0) throw new AppError("INVALID_STATE", "Nothing to publish yet: at least one claim must be approved.");
          // Every earlier version, oldest first: a claim is compared with what readers last saw of it.
          const publications = await tx.publication.findMany({
            where: { articleId },
            orderBy: { version: "asc" },
            select: { version: true, snapshot: true, publishedAt: true },
          });
          const history = publications.map((p) => ({ publishedAt: p.publishedAt, snapshot: publicationSnapshotSchema.parse(p.snapshot) }));
          const last = publications.at(-1);
          const changes = last ? comparePublications(history, next) : null;
          if (last && changes?.unchanged) {
            if (article.publicationStatus === "PUBLISHED") {
              throw new AppError("INVALID_STATE", `Nothing changed since version ${last.version}, so no new version was published.`);
            }
            // An unpublished page with nothing new comes back as it was.
            await tx.article.update({ where: { id: articleId }, data: { publicationStatus: "PUBLISHED" } });
            await recordAudit(tx, {
              actorId: actor.id,
              entityType: "Article",
              entityId: articleId,
              action: "republish",
              changes: { version: last.version },
            });
            await reindexPublishedClaims(tx, articleId);
            return { version: last.version, slug: article.slug, created: false };
          }
          const corrections = changes?.corrections ?? [];
          if (corrections.length > 0 && !note) {
            throw new AppError("INVALID_INPUT", "A published claim changed: explain the change in a correction note.", {
              correctionNote: [`Required: ${corrections.length} published claim(s) changed or withdrawn.`],
            });
          }
          const now = new Date();
          const snapshot = stampClaimDates(history, next, now);
          const publication = await tx.publication.create({
            data: {
              articleId,
              version: (last?.version ?? 0) + 1,
              slug: article.slug,
              snapshot: asJson(snapshot),
              correctionNote: note,
              publishedAt: now,
              publishedById: actor.id,
            },
          });
          // Always a write to the locked row: a concurrent publisher then fails to serialize (CONFLICT).
          await tx.article.update({ where: { id: articleId }, data: { publicationStatus: "PUBLISHED", updatedAt: now } });
          await recordAudit(tx, {
            actorId: actor.id,
            entityType: "Article",
            entityId: articleId,
            action: "publish",
            changes: {
              version: publication.version,
              claims: snapshot.claims.length,
              correctionNote: note,
              corrected: corrections.map((c) => c.claimId),
              added: changes?.added ?? [],
            },
          });
          await reindexPublishedClaims(tx, articleId);
          await notifyPublished(
            tx,
            actor,
            { id: articleId, title: snapshot.article.title },
            snapshot.claims.map((claim) => claim.id),
            publication.version,
          );
          return { version: publication.version, slug: article.slug, created: true };
        },
        { isolationLevel: "RepeatableRead" },
      );
      return written;
    } catch (error) {
      if (isWriteConflict(error))
        throw new AppError(
          "CONFLICT",
          "Someone else published or changed this article at the same moment. Reload to see the latest version, then publish again if needed.",
        );
      throw error;
    } finally {
      if (slug) await forgetFactCheck(slug);
    }
  },
);
