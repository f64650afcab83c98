// Keeps PublishedClaim — the claims of the latest version of every published fact-check — in step
// with publishing, inside the same transaction: what similar-claim matching, the API and the feeds
// search never disagrees with what readers see.
import type { Tx } from "@/lib/db";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";

export async function reindexPublishedClaims(tx: Tx, articleId: string): Promise<void> {
  await tx.publishedClaim.deleteMany({ where: { articleId } });
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: {
      slug: true,
      publicationStatus: true,
      publications: { orderBy: { version: "desc" }, select: { version: true, snapshot: true, publishedAt: true } },
    },
  });
  const latest = article?.publications[0];
  if (!article || article.publicationStatus !== "PUBLISHED" || !latest) return;
  const first = article.publications.at(-1)!.publishedAt;
  const snapshot = publicationSnapshotSchema.parse(latest.snapshot);
  await tx.publishedClaim.createMany({
    data: snapshot.claims.map((claim) => ({
      articleId,
      claimId: claim.id,
      slug: article.slug,
      version: latest.version,
      text: claim.text,
      ratingLabel: claim.rating.label,
      ratingValue: claim.rating.value,
      claimantName: claim.claimant?.name ?? null,
      firstPublishedAt: claim.firstPublishedAt ? new Date(claim.firstPublishedAt) : first,
      publishedAt: latest.publishedAt,
    })),
  });
}
