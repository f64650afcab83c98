// One query ranks every candidate, whatever its source: the desk's published claims, the reference
// archive and (for callers who may read them) the desk's claims in progress. Candidates share at
// least one lexeme with the post (GIN index); each is scored with BM25 — document frequencies
// counted over the candidates themselves, which are exactly the documents holding those lexemes —
// with weighted fields, then nudged by trigram similarity for names spelt differently.
import { db } from "@/lib/db";
import { B, candidateQuery, FIELD_WEIGHTS, K1, TRIGRAM_WEIGHT } from "@/lib/domain/similar/ranking";
import { Prisma } from "@/lib/generated/prisma/client";
import { archiveStats } from "./archive-stats";

/** At most this many candidates a source (only reached when every word of the post is frequent). */
const CANDIDATES = 5000;

export type RankedRow = {
  origin: "published" | "reference" | "claim";
  id: string;
  text: string;
  score: number;
  matched: string[];
  href: string;
  publisher: string | null;
  rating: string | null;
  datePublished: Date | null;
};

/** The `limit` best candidates for `lexemes`, scored in [0, 1]. */
export async function rankSimilar({ lexemes, text, limit, desk }: { lexemes: string[]; text: string; limit: number; desk: boolean }) {
  if (lexemes.length === 0) return [];
  const stats = await archiveStats();
  const rare = lexemes.filter((lexeme) => !stats.frequent.has(lexeme));
  const frequent = lexemes.filter((lexeme) => stats.frequent.has(lexeme)).sort((a, b) => stats.frequent.get(a)! - stats.frequent.get(b)!);
  const tsq = Prisma.sql`${candidateQuery(rare, frequent)}::tsquery`;
  const n = stats.rows.published + stats.rows.reference + (desk ? stats.rows.claim : 0);
  // A frequent lexeme's document frequency, from ANALYZE's share (the candidates hold only some of its documents).
  const known = lexemes.filter((lexeme) => stats.frequent.has(lexeme));
  const knownDf = known.map((lexeme) => stats.frequent.get(lexeme)! * n);
  const deskCandidates = desk
    ? Prisma.sql`UNION ALL (SELECT 'claim', c."id", c."searchVector" FROM "Claim" c
        WHERE c."searchVector" @@ ${tsq} AND c."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "PublishedClaim" p WHERE p."claimId" = c."id") LIMIT ${CANDIDATES})`
    : Prisma.empty;
  // With a thousand candidates among 15,000 the planner would test every fact-check's lexemes in
  // a sequential scan (50 ms) rather than ask the GIN index (2 ms): random page reads cost little
  // more than sequential ones here (cached, SSD), which is what tips its choice.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('random_page_cost', '1.1', true)`,
    db.$queryRaw<(RankedRow & { bm25: number; trigram: number })[]>`
    WITH cand AS (
      (SELECT 'published' AS "origin", p."id", p."searchVector" AS v FROM "PublishedClaim" p WHERE p."searchVector" @@ ${tsq} LIMIT ${CANDIDATES})
      UNION ALL (SELECT 'reference', r."id", r."searchVector" FROM "ReferenceClaimReview" r WHERE r."searchVector" @@ ${tsq} LIMIT ${CANDIDATES})
      ${deskCandidates}
    ),
    terms AS (
      SELECT c."origin", c."id", length(c.v) AS dl, u.lexeme,
        (SELECT sum(CASE w WHEN 'A' THEN ${FIELD_WEIGHTS.A}::float8 WHEN 'B' THEN ${FIELD_WEIGHTS.B}::float8 WHEN 'C' THEN ${FIELD_WEIGHTS.C}::float8 ELSE ${FIELD_WEIGHTS.D}::float8 END)
         FROM unnest(u.weights) AS w) AS tf
      FROM cand c CROSS JOIN LATERAL unnest(c.v) AS u WHERE u.lexeme = ANY(${lexemes}::text[])
    ),
    stats AS (SELECT greatest(${n}::float8, 1) AS n, greatest((SELECT avg(length(v)) FROM cand), 1)::float8 AS avgdl),
    known AS (SELECT * FROM unnest(${known}::text[], ${knownDf}::float8[]) AS k(lexeme, df)),
    df AS (SELECT t.lexeme, coalesce(max(k.df), count(*)) AS df FROM terms t LEFT JOIN known k ON k.lexeme = t.lexeme GROUP BY t.lexeme),
    idf AS (SELECT d.lexeme, ln(1 + greatest(s.n - d.df + 0.5, 0.5) / (d.df + 0.5)) AS idf FROM df d, stats s),
    scored AS (
      SELECT t."origin", t."id", sum(i.idf * t.tf * ${K1 + 1}::float8 / (t.tf + ${K1}::float8 * (1 - ${B}::float8 + ${B}::float8 * t.dl / s.avgdl))) AS bm25,
        array_agg(t.lexeme) AS "matched"
      FROM terms t JOIN idf i ON i.lexeme = t.lexeme CROSS JOIN stats s GROUP BY t."origin", t."id"
      ORDER BY bm25 DESC LIMIT ${limit * 3}
    )
    SELECT s."origin", s."id", s."matched", s.bm25 / (SELECT sum(idf) * ${K1 + 1}::float8 FROM idf) AS "bm25",
      word_similarity(coalesce(p."text", r."claimReviewed", c."text"), ${text}) AS "trigram",
      coalesce(p."text", r."claimReviewed", c."text") AS "text",
      coalesce('/f/' || p."slug" || '#claim-' || p."claimId", r."url", '/articles/' || c."articleId" || '?claim=' || c."id") AS "href",
      r."publisherName" AS "publisher", coalesce(p."ratingLabel", r."ratingText", rt."label") AS "rating",
      coalesce(p."firstPublishedAt", r."datePublished") AS "datePublished"
    FROM scored s
    LEFT JOIN "PublishedClaim" p ON s."origin" = 'published' AND p."id" = s."id"
    LEFT JOIN "ReferenceClaimReview" r ON s."origin" = 'reference' AND r."id" = s."id"
    LEFT JOIN "Claim" c ON s."origin" = 'claim' AND c."id" = s."id"
    LEFT JOIN "Verdict" v ON v."claimId" = c."id" LEFT JOIN "Rating" rt ON rt."id" = v."ratingId"`,
  ]);
  return rows
    .map(({ bm25, trigram, ...row }) => ({
      ...row,
      score: Math.min(1, (Number(bm25) + TRIGRAM_WEIGHT * Number(trigram)) / (1 + TRIGRAM_WEIGHT)),
    }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
