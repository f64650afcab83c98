// Public: the latest version of every published fact-check, newest first.
import { db } from "@/lib/db";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";

export async function listPublishedFactChecks({ limit = 50 }: { limit?: number } = {}) {
  const articles = await db.article.findMany({
    where: { publicationStatus: "PUBLISHED" },
    select: {
      slug: true,
      publications: { orderBy: { version: "desc" }, take: 1 },
    },
  });
  return articles
    .flatMap(({ slug, publications: [latest] }) => {
      if (!latest) return [];
      const snapshot = publicationSnapshotSchema.parse(latest.snapshot);
      return [
        {
          slug,
          title: snapshot.article.title,
          siteName: snapshot.article.siteName,
          version: latest.version,
          publishedAt: latest.publishedAt,
          ratings: snapshot.claims.map((claim) => ({ label: claim.rating.label, color: claim.rating.color, icon: claim.rating.icon })),
          claimCount: snapshot.claims.length,
        },
      ];
    })
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, limit);
}
