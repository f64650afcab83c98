// Claimants for the desk's search: their name and title word for word, or a name spelled alike
// (trigram similarity: "Sheinbaun" finds Sheinbaum).
import { db } from "@/lib/db";
import { literalPattern } from "@/lib/domain/text/literal-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "@/lib/schemas/search";

export const CLAIMANT_RESULTS = 15;
export type ClaimantHit = { id: string; name: string; title: string | null; claims: number; rank: number };

/** Claimants matching `tsquery` (deskTsQuery) or spelled like `q`, best first. */
export async function searchClaimants(input: SearchQuery, tsquery: string | null): Promise<ClaimantHit[]> {
  const tsq = tsquery ? Prisma.sql`${tsquery}::tsquery` : Prisma.sql`NULL::tsquery`;
  const named = input.claimant ? Prisma.sql`AND k."name" ILIKE ${`%${literalPattern(input.claimant)}%`}` : Prisma.empty;
  const rows = await db.$queryRaw<ClaimantHit[]>`
    WITH hits AS (
      SELECT k."id", ts_rank(k."searchVector", ${tsq}) AS "rank" FROM "Claimant" k WHERE k."searchVector" @@ ${tsq}
      UNION ALL
      SELECT k."id", 0.5 * word_similarity(${input.q}, k."name") FROM "Claimant" k WHERE ${input.q} <% k."name"
    )
    SELECT k."id", k."name", k."title", sum(h."rank")::float8 AS "rank",
      (SELECT count(*)::int FROM "Claim" c WHERE c."claimantId" = k."id" AND c."deletedAt" IS NULL) AS "claims"
    FROM hits h JOIN "Claimant" k ON k."id" = h."id" WHERE TRUE ${named}
    GROUP BY k."id" ORDER BY "rank" DESC, k."name" LIMIT ${CLAIMANT_RESULTS}`;
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
