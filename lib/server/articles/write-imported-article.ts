// Inside a transaction: the article, its first immutable revision, the pointer to it, and the
// audit event. Shared by the import use-case and the seed, so both store imports the same way.
import type { Tx } from "@/lib/db";
import type { PreparedRevision } from "../import/prepare-revision";
import { recordAudit } from "../audit/record-audit";

export async function writeImportedArticle(tx: Tx, args: { revision: PreparedRevision; slug: string; actorId: string; seeded?: boolean }) {
  const { revision, slug, actorId } = args;
  const article = await tx.article.create({ data: { title: revision.title, slug, createdById: actorId } });
  const saved = await tx.articleRevision.create({ data: { ...revision, articleId: article.id, number: 1, importedById: actorId } });
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: saved.id } });
  await recordAudit(tx, {
    actorId,
    entityType: "Article",
    entityId: article.id,
    action: "import",
    changes: {
      format: revision.format,
      title: revision.title,
      sourceUrl: revision.sourceUrl,
      contentHash: revision.contentHash,
      ...(args.seeded ? { seeded: true } : {}),
    },
  });
  return { article, revision: saved };
}
