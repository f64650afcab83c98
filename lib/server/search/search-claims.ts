// The claims part of the desk's search: a claim is found by its own words and quote, its verdict
// (summary, explanation) and its sources (title, publisher, quoted passage), ranked by ts_rank with
// the claim's own words first. When full-text search finds nothing, trigram similarity catches typos.
import { db, type Tx } from "@/lib/db";
import { HEADLINE_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/domain/search/highlight";
import { literalPattern } from "@/lib/domain/text/literal-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/schemas/search";

export const CLAIM_RESULTS = 25;
const SENTINELS = HIGHLIGHT_START + HIGHLIGHT_STOP;

export type ClaimHit = {
  id: string;
  text: string;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED";
  articleId: string;
  articleTitle: string;
  claimantName: string | null;
  rating: { label: string; color: string; icon: string } | null;
  /** Where the words were found. "spelling": no word matched, the text is spelled alike. */
  foundIn: ("claim" | "verdict" | "source" | "spelling")[];
  snippet: string;
  rank: number;
};

type Row = Omit<ClaimHit, "rating"> & { ratingLabel: string | null; ratingColor: string | null; ratingIcon: string | null };

function filters(input: SearchQuery) {
  const conditions = [Prisma.sql`c."deletedAt" IS NULL`];
  if (input.state) conditions.push(Prisma.sql`c."state" = ${input.state}::"ClaimState"`);
  if (input.rating) conditions.push(Prisma.sql`lower(r."label") = lower(${input.rating})`);
  if (input.claimant) conditions.push(Prisma.sql`cl."name" ILIKE ${`%${literalPattern(input.claimant)}%`}`);
  if (input.from) conditions.push(Prisma.sql`c."createdAt" >= ${input.from}`);
  if (input.to) conditions.push(Prisma.sql`c."createdAt" < ${new Date(input.to.getTime() + 86_400_000)}`);
  return Prisma.join(conditions, " AND ");
}

async function query(input: SearchQuery, hits: Prisma.Sql, headlineQuery: Prisma.Sql, client: Tx = db): Promise<ClaimHit[]> {
  const rows = await client.$queryRaw<Row[]>`
    WITH hits AS (${hits}),
    ranked AS (
      SELECT h."id", sum(h."rank")::float8 AS "rank", array_agg(DISTINCT h."field") AS "foundIn"
      FROM hits h JOIN "Claim" c ON c."id" = h."id"
      LEFT JOIN "Verdict" v ON v."claimId" = c."id" LEFT JOIN "Rating" r ON r."id" = v."ratingId"
      LEFT JOIN "Claimant" cl ON cl."id" = c."claimantId"
      WHERE ${filters(input)}
      GROUP BY h."id" ORDER BY "rank" DESC, h."id" LIMIT ${CLAIM_RESULTS}
    )
    SELECT c."id", c."text", c."state"::text AS "state", c."articleId", a."title" AS "articleTitle", cl."name" AS "claimantName",
      r."label" AS "ratingLabel", r."color" AS "ratingColor", r."icon" AS "ratingIcon", ranked."rank", ranked."foundIn",
      ts_headline(coalesce(rev."searchConfig", 'factcheck_simple'::regconfig), translate(CASE
          WHEN 'verdict' = ANY(ranked."foundIn") AND NOT 'claim' = ANY(ranked."foundIn") THEN concat_ws(' — ', nullif(v."summary", ''), nullif(v."explanationText", ''))
          WHEN 'source' = ANY(ranked."foundIn") AND NOT 'claim' = ANY(ranked."foundIn")
            THEN (SELECT string_agg(concat_ws(': ', s."title", nullif(s."quote", '')), ' — ' ORDER BY s."position") FROM "Source" s WHERE s."claimId" = c."id")
          ELSE concat_ws(' — ', c."text", nullif(c."anchorExact", c."text")) END, ${SENTINELS}, ''),
        ${headlineQuery}, ${HEADLINE_OPTIONS}) AS "snippet"
    FROM ranked JOIN "Claim" c ON c."id" = ranked."id" JOIN "Article" a ON a."id" = c."articleId"
    JOIN "ArticleRevision" rev ON rev."id" = c."revisionId"
    LEFT JOIN "Verdict" v ON v."claimId" = c."id" LEFT JOIN "Rating" r ON r."id" = v."ratingId"
    LEFT JOIN "Claimant" cl ON cl."id" = c."claimantId"
    ORDER BY ranked."rank" DESC, c."id"`;
  return rows.map(({ ratingLabel, ratingColor, ratingIcon, ...row }) => ({
    ...row,
    rank: Number(row.rank),
    rating: ratingLabel ? { label: ratingLabel, color: ratingColor ?? "", icon: ratingIcon ?? "" } : null,
  }));
}

/** Claims matching `tsquery` (deskTsQuery), best first; by spelling when no word matches. */
export async function searchClaims(input: SearchQuery, tsquery: string | null): Promise<ClaimHit[]> {
  if (tsquery) {
    const tsq = Prisma.sql`${tsquery}::tsquery`;
    const found = await query(
      input,
      Prisma.sql`
        SELECT c."id", ts_rank(c."searchVector", ${tsq}) AS "rank", 'claim' AS "field" FROM "Claim" c WHERE c."searchVector" @@ ${tsq}
        UNION ALL SELECT v."claimId", 0.8 * ts_rank(v."searchVector", ${tsq}), 'verdict' FROM "Verdict" v WHERE v."searchVector" @@ ${tsq}
        UNION ALL SELECT s."claimId", 0.6 * ts_rank(s."searchVector", ${tsq}), 'source' FROM "Source" s WHERE s."searchVector" @@ ${tsq}`,
      tsq,
    );
    if (found.length > 0) return found;
  }
  // Typos: the query against the best-matching stretch of the claim (pg_trgm, trigram index), at
  // a threshold that lets one or two wrong letters in a word through ("resevoir": 0.58).
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)`;
    return query(
      input,
      Prisma.sql`SELECT c."id", word_similarity(${input.q}, c."text") AS "rank", 'spelling' AS "field" FROM "Claim" c WHERE ${input.q} <% c."text"`,
      Prisma.sql`plainto_tsquery('factcheck_simple', ${input.q})`,
      tx,
    );
  });
}
