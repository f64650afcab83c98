// The similar-claims ranking this project had before BM25 (pg_trgm similarity over the reference
// archive and published claims), kept only to be measured against on the retrieval fixture.
import { db } from "@/lib/db";

/** The old ranking's `limit` best: [url or path, claim text], best first. */
export async function trigramBaseline(q: string, limit: number): Promise<{ href: string; text: string }[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)`;
    return tx.$queryRaw<{ href: string; text: string }[]>`
      SELECT * FROM (
        SELECT "url" AS "href", "claimReviewed" AS "text", (similarity(${q}, "claimReviewed") + word_similarity(${q}, "claimReviewed")) / 2 AS "score"
        FROM "ReferenceClaimReview" WHERE ${q} <% "claimReviewed"
        UNION ALL
        SELECT '/f/' || "slug" || '#claim-' || "claimId", "text", (similarity(${q}, "text") + word_similarity(${q}, "text")) / 2
        FROM "PublishedClaim" WHERE ${q} <% "text"
      ) found ORDER BY "score" DESC LIMIT ${limit}`;
  });
}
