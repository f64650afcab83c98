// A query as Postgres full-text search reads it. Stored text is indexed in its own language's
// configuration, so the words typed are parsed in each configuration the desk's texts use (and in
// simple, for names) and the results joined with OR: "vaccines" finds an English text by its stem,
// "vacunas" a Spanish one, a name a text in none.
import { db } from "@/lib/db";

// Which configurations are in use changes only when an article in a new language arrives: asked
// once a minute, not per search (each configuration also costs a connection its dictionaries).
const CONFIGS_TTL_MS = 60_000;
let configsInUse: { at: number; configs: Promise<string[]> } | null = null;

function searchConfigs(): Promise<string[]> {
  if (!configsInUse || Date.now() - configsInUse.at > CONFIGS_TTL_MS) {
    const configs = db.$queryRaw<{ config: string }[]>`
      SELECT DISTINCT "searchConfig"::text AS "config" FROM "ArticleRevision" WHERE "searchConfig" IS NOT NULL`.then((rows) => [
      ...new Set(["factcheck_simple", ...rows.map((row) => row.config)]),
    ]);
    configsInUse = { at: Date.now(), configs };
    configs.catch(() => (configsInUse = null));
  }
  return configsInUse.configs;
}

/** The tsquery text for `q` (websearch syntax: "quoted phrases", or, -not), or null if it has only stop words. */
export async function deskTsQuery(q: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ query: string | null }[]>`
    SELECT string_agg('(' || t || ')', ' | ') AS "query" FROM (
      SELECT DISTINCT websearch_to_tsquery(c::regconfig, ${q})::text AS t FROM unnest(${await searchConfigs()}::text[]) AS c
    ) parsed WHERE t <> ''`;
  return row?.query ?? null;
}
