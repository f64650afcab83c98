// The dashboard's numbers: a handful of grouped queries (never one per claim), so it stays quick
// with 100,000 claims; the arithmetic on their results is lib/domain/dashboard/stats.ts.
import { db } from "@/lib/db";
import { LIVE_CLAIM_STATES } from "@/lib/domain/claims/claim-workflow";
import { OPEN_STATES, startOfUtcDay } from "@/lib/domain/claims/desk-fields";
import { lastMonths, percentile, ratingsByMonth, stateAssigneeTable } from "@/lib/domain/dashboard/stats";
import { type Actor, assertCan } from "@/lib/permissions";

export async function getDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  assertCan(actor, "claim.read");
  const months = lastMonths(now);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const [byState, people, overdue, publishing, verdicts, ratings, waiting] = await Promise.all([
    db.claim.groupBy({ by: ["state", "assigneeId"], where: { deletedAt: null }, _count: { _all: true } }),
    db.user.findMany({ select: { id: true, name: true } }),
    db.claim.count({ where: { deletedAt: null, state: { in: [...OPEN_STATES] }, dueAt: { lt: startOfUtcDay(now) } } }),
    // Per published article: from its import (creation) to its first publication.
    db.$queryRaw<{ ms: number }[]>`
      SELECT (EXTRACT(EPOCH FROM min(p."publishedAt") - a."createdAt") * 1000)::float8 AS ms
      FROM "Publication" p JOIN "Article" a ON a.id = p."articleId"
      GROUP BY a.id, a."createdAt"`,
    db.$queryRaw<{ month: string; rating: string; count: number }[]>`
      SELECT to_char("firstPublishedAt" AT TIME ZONE 'UTC', 'YYYY-MM') AS month, "ratingLabel" AS rating, count(*)::int AS count
      FROM "PublishedClaim" WHERE "firstPublishedAt" >= ${since}
      GROUP BY 1, 2`,
    db.rating.findMany({ where: { scale: { isDefault: true } }, orderBy: { position: "asc" }, select: { label: true, color: true } }),
    // How long each claim in review has waited since it was last sent there (or its last change).
    db.$queryRaw<{ since: Date }[]>`
      SELECT coalesce(max(e."createdAt"), c."updatedAt") AS since
      FROM "Claim" c
      LEFT JOIN "AuditEvent" e ON e."entityType" = 'Claim' AND e."entityId" = c.id AND e.action IN ('submit', 'resubmit', 'seed')
      WHERE c.state = 'IN_REVIEW' AND c."deletedAt" IS NULL
      GROUP BY c.id, c."updatedAt"`,
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const rows = byState.map((row) => ({ state: row.state, assigneeId: row.assigneeId, count: row._count._all }));
  const durations = publishing.map((row) => Number(row.ms));
  const waits = waiting.map((row) => now.getTime() - new Date(row.since).getTime());
  return {
    byState: stateAssigneeTable(rows, LIVE_CLAIM_STATES, names),
    states: LIVE_CLAIM_STATES,
    overdue,
    publication: { articles: durations.length, median: percentile(durations, 50), p90: percentile(durations, 90) },
    verdicts: {
      ...ratingsByMonth(
        verdicts,
        months,
        ratings.map((r) => r.label),
      ),
      colors: new Map(ratings.map((r) => [r.label, r.color])),
    },
    review: { count: waits.length, oldest: waits.length ? Math.max(...waits) : null, median: percentile(waits, 50) },
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
