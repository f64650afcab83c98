// Public: one published fact-check by slug (latest version unless one is asked for), with its history.
import { db } from "@/lib/db";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";

export async function getPublishedFactCheck(slug: string, version?: number) {
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      publicationStatus: true,
      publications: {
        orderBy: { version: "desc" },
        select: { version: true, publishedAt: true, correctionNote: true, snapshot: true },
      },
    },
  });
  if (!article || article.publicationStatus !== "PUBLISHED") return null;
  const shown = version !== undefined ? article.publications.find((p) => p.version === version) : article.publications[0];
  if (!shown) return null;
  return {
    slug,
    version: shown.version,
    latestVersion: article.publications[0]!.version,
    publishedAt: shown.publishedAt,
    firstPublishedAt: article.publications.at(-1)!.publishedAt,
    snapshot: publicationSnapshotSchema.parse(shown.snapshot),
    history: article.publications.map(({ version: v, publishedAt, correctionNote }) => ({ version: v, publishedAt, correctionNote })),
  };
}
