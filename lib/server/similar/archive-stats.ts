// What the similar-claims ranking needs to know about the whole archive, from Postgres' own
// statistics (refreshed by ANALYZE/autovacuum) and cached for a minute: how many fact-checks each
// source holds, and the lexemes so common (in more than FREQUENT of a source's rows) that finding
// every fact-check holding them would mean reading thousands. Those still count in the score, with
// the frequency ANALYZE measured; candidates come from the rarer words of the post.
import { db } from "@/lib/db";

/** A lexeme in more than this share of a source's rows is frequent. */
export const FREQUENT = 0.01;
const TTL_MS = 60_000;

export type ArchiveStats = { rows: { published: number; reference: number; claim: number }; frequent: Map<string, number> };
let cached: { at: number; stats: Promise<ArchiveStats> } | null = null;

async function read(): Promise<ArchiveStats> {
  // reltuples is -1 before a table's first ANALYZE: count it then (small or new archives).
  const [counts] = await db.$queryRaw<{ published: number; reference: number; claim: number }[]>`
    SELECT
      coalesce(nullif((SELECT reltuples FROM pg_class WHERE oid = '"PublishedClaim"'::regclass), -1), (SELECT count(*) FROM "PublishedClaim"))::float8 AS "published",
      coalesce(nullif((SELECT reltuples FROM pg_class WHERE oid = '"ReferenceClaimReview"'::regclass), -1), (SELECT count(*) FROM "ReferenceClaimReview"))::float8 AS "reference",
      coalesce(nullif((SELECT reltuples FROM pg_class WHERE oid = '"Claim"'::regclass), -1), (SELECT count(*) FROM "Claim"))::float8 AS "claim"`;
  const frequent = await db.$queryRaw<{ lexeme: string; share: number }[]>`
    SELECT e.lexeme, max(e.share)::float8 AS "share"
    FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, share)
    WHERE s.schemaname = 'public' AND s.tablename IN ('PublishedClaim', 'ReferenceClaimReview', 'Claim') AND s.attname = 'searchVector'
      AND e.lexeme IS NOT NULL AND e.share > ${FREQUENT}
    GROUP BY e.lexeme`;
  return {
    rows: { published: Number(counts!.published), reference: Number(counts!.reference), claim: Number(counts!.claim) },
    frequent: new Map(frequent.map((row) => [row.lexeme, Number(row.share)])),
  };
}

/** The archive's sizes and frequent lexemes, at most a minute old. */
export function archiveStats(): Promise<ArchiveStats> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const stats = read();
    cached = { at: Date.now(), stats };
    stats.catch(() => (cached = null));
  }
  return cached.stats;
}
