import { db } from "@/lib/db";
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";
import { type Actor, assertCan } from "@/lib/permissions";

/** The desk's articles, most recently changed first, with their claims counted by state. */
export async function listArticles({ actor }: { actor: Actor | null }) {
  assertCan(actor, "article.read");
  const articles = await db.article.findMany({
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      slug: true,
      publicationStatus: true,
      updatedAt: true,
      checkedAt: true,
      checkError: true,
      currentRevision: { select: { siteName: true, sourceUrl: true, format: true, number: true, createdAt: true } },
      claims: { where: { deletedAt: null }, select: { state: true } },
    },
  });
  return articles.map(({ claims, ...article }) => {
    const byState: Partial<Record<ClaimState, number>> = {};
    for (const { state } of claims) byState[state] = (byState[state] ?? 0) + 1;
    return { ...article, claimCount: claims.length, byState };
  });
}
