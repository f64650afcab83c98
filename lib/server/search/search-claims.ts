// The claims part of the desk's search: a claim is found by its own words and quote, its verdict
// (summary, explanation) and its sources (title, publisher, quoted passage), ranked by ts_rank with
// the claim's own words first (the newest RANKED_MATCHES matches of each source when a word is very
// common). When full-text search finds nothing, trigram similarity catches typos.
import { db, type Tx } from "@/lib/db";
import { HEADLINE_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/domain/search/highlight";
import { literalPattern } from "@/lib/domain/text/literal-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/schemas/search";

export const CLAIM_RESULTS = 25;
/**
 * At most this many matches of a source are ranked, the newest first: a word found in thousands of
 * claims ranks its newest thousand (ranking reads every match's lexemes), and a second word narrows.
 */
export const RANKED_MATCHES = 1000;
const SENTINELS = HIGHLIGHT_START + HIGHLIGHT_STOP;

export type ClaimHit = {
  id: string;
  text: string;
  /** For bulk actions: the version the person saw when they ticked the claim. */
  version: number;
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
    grouped AS (SELECT h."id", sum(h."rank")::float8 AS "rank", array_agg(DISTINCT h."field") AS "foundIn" FROM hits h GROUP BY h."id"),
    -- Best first, each hit's claim looked up by its key and filtered until enough are kept (OFFSET 0
    -- keeps it a lookup: the planner would rather hash the whole table).
    ranked AS (
      SELECT g.* FROM (SELECT * FROM grouped ORDER BY "rank" DESC, "id") g CROSS JOIN LATERAL (
        SELECT 1 FROM "Claim" c
        LEFT JOIN "Verdict" v ON v."claimId" = c."id" LEFT JOIN "Rating" r ON r."id" = v."ratingId"
        LEFT JOIN "Claimant" cl ON cl."id" = c."claimantId"
        WHERE c."id" = g."id" AND ${filters(input)} OFFSET 0
      ) kept
      LIMIT ${CLAIM_RESULTS}
    )
    SELECT c."id", c."text", c."version", c."state"::text AS "state", c."articleId", a."title" AS "articleTitle", cl."name" AS "claimantName",
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
        SELECT "id", ts_rank(v, ${tsq}) AS "rank", 'claim' AS "field" FROM (
          SELECT c."id", c."searchVector" AS v FROM "Claim" c WHERE c."searchVector" @@ ${tsq} ORDER BY c."createdAt" DESC LIMIT ${RANKED_MATCHES}) m
        UNION ALL SELECT "claimId", 0.8 * ts_rank(v, ${tsq}), 'verdict' FROM (
          SELECT x."claimId", x."searchVector" AS v FROM "Verdict" x WHERE x."searchVector" @@ ${tsq} ORDER BY x."updatedAt" DESC LIMIT ${RANKED_MATCHES}) m
        UNION ALL SELECT "claimId", 0.6 * ts_rank(v, ${tsq}), 'source' FROM (
          SELECT s."claimId", s."searchVector" AS v FROM "Source" s WHERE s."searchVector" @@ ${tsq} ORDER BY s."createdAt" DESC LIMIT ${RANKED_MATCHES}) m`,
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
