// A query as Postgres full-text search reads it. Stored text is indexed in its own language's
// configuration, so the words typed are parsed in every configuration and the results joined with
// OR: "vaccines" finds an English text by its stem, "vacunas" a Spanish one, a name a text in none.
import { db } from "@/lib/db";
import { TEXT_SEARCH_CONFIGS } from "@/lib/domain/search/text-search-configs";

/** The tsquery text for `q` (websearch syntax: "quoted phrases", or, -not), or null if it has only stop words. */
export async function deskTsQuery(q: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ query: string | null }[]>`
    SELECT string_agg('(' || t || ')', ' | ') AS "query" FROM (
      SELECT DISTINCT websearch_to_tsquery(c::regconfig, ${q})::text AS t FROM unnest(${[...TEXT_SEARCH_CONFIGS]}::text[]) AS c
    ) parsed WHERE t <> ''`;
  return row?.query ?? null;
}
