// Public: the latest publication of every published fact-check with its frozen snapshot, newest
// first, for the feeds. Withdrawn fact-checks are absent; nothing is read from live drafts.
import { db } from "@/lib/db";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";
import type { FeedFactCheck } from "@/lib/domain/feeds/feed-fact-check";

export async function listPublishedSnapshots(): Promise<FeedFactCheck[]> {
  const articles = await db.article.findMany({
    where: { publicationStatus: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      publications: { orderBy: { version: "desc" }, take: 1, select: { version: true, publishedAt: true, snapshot: true } },
    },
  });
  // When each was first published (ClaimReview's fallback date, Atom's <published>).
  const firsts = await db.publication.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articles.map((article) => article.id) } },
    _min: { publishedAt: true },
  });
  const firstOf = new Map(firsts.map((row) => [row.articleId, row._min.publishedAt]));
  return articles
    .flatMap(({ id, slug, publications: [latest] }) =>
      latest
        ? [
            {
              slug,
              version: latest.version,
              publishedAt: latest.publishedAt,
              firstPublishedAt: firstOf.get(id) ?? latest.publishedAt,
              snapshot: publicationSnapshotSchema.parse(latest.snapshot),
            },
          ]
        : [],
    )
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
}

/** When the feeds last changed: the latest publish, republish or withdrawal (null before any). */
export async function lastPublicationChange(): Promise<Date | null> {
  const event = await db.auditEvent.findFirst({
    where: { entityType: "Article", action: { in: ["publish", "republish", "unpublish"] } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return event?.createdAt ?? null;
}
