// Articles for the desk's search: the current revision's title and body (ranked, title first; when a
// word is in very many articles, the newest RANKED_ARTICLES are ranked), and when no word matches,
// the article's title by trigram similarity (typos).
import { db } from "@/lib/db";
import { HEADLINE_OPTIONS, HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/domain/search/highlight";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/schemas/search";

export const ARTICLE_RESULTS = 15;
/** At most this many matching articles are ranked, the newest first (a body's lexemes are long to read). */
export const RANKED_ARTICLES = 300;
export type ArticleHit = { id: string; title: string; snippet: string; rank: number };

function dates(input: SearchQuery) {
  const conditions = [Prisma.sql`TRUE`];
  if (input.from) conditions.push(Prisma.sql`a."createdAt" >= ${input.from}`);
  if (input.to) conditions.push(Prisma.sql`a."createdAt" < ${new Date(input.to.getTime() + 86_400_000)}`);
  return Prisma.join(conditions, " AND ");
}

async function query(hits: Prisma.Sql, headlineQuery: Prisma.Sql): Promise<ArticleHit[]> {
  // A common word is in a fifth of the articles: the planner then reads the whole table, unpacking
  // every body's lexemes to test it, where the GIN index would hand it the matches. Page reads cost
  // little more at random than in sequence here (cached, SSD), which is what tips its choice.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT set_config('random_page_cost', '1.1', true)`,
    db.$queryRaw<ArticleHit[]>`
      WITH ranked AS (${hits})
      SELECT a."id", a."title", ranked."rank"::float8 AS "rank",
        ts_headline(r."searchConfig", translate(r."plainText", ${HIGHLIGHT_START + HIGHLIGHT_STOP}, ''), ${headlineQuery}, ${HEADLINE_OPTIONS}) AS "snippet"
      FROM ranked JOIN "Article" a ON a."id" = ranked."id" JOIN "ArticleRevision" r ON r."id" = a."currentRevisionId"
      ORDER BY ranked."rank" DESC, a."id"`,
  ]);
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

/** Articles matching `tsquery` (deskTsQuery), best first; by a title spelt alike when no word matches. */
export async function searchArticles(input: SearchQuery, tsquery: string | null): Promise<ArticleHit[]> {
  if (tsquery) {
    const tsq = Prisma.sql`${tsquery}::tsquery`;
    const found = await query(
      Prisma.sql`
        SELECT m."id", ts_rank(m.v, ${tsq}, 1) AS "rank" FROM (
          SELECT a."id", r."searchVector" AS v FROM "ArticleRevision" r JOIN "Article" a ON a."currentRevisionId" = r."id"
          WHERE r."searchVector" @@ ${tsq} AND ${dates(input)} ORDER BY a."createdAt" DESC LIMIT ${RANKED_ARTICLES}) m
        ORDER BY "rank" DESC, "id" LIMIT ${ARTICLE_RESULTS}`,
      tsq,
    );
    if (found.length > 0) return found;
  }
  return query(
    Prisma.sql`SELECT a."id", similarity(a."title", ${input.q}) AS "rank" FROM "Article" a WHERE a."title" % ${input.q} AND ${dates(input)}
      ORDER BY "rank" DESC, a."id" LIMIT ${ARTICLE_RESULTS}`,
    Prisma.sql`plainto_tsquery('factcheck_simple', ${input.q})`,
  );
}
