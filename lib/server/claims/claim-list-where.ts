// The one translation of the claim lists' filters into a query, shared by the claims list, the
// review queue and the dashboard, so a number on the dashboard and the list behind it agree.
import { db } from "@/lib/db";
import { OPEN_STATES, startOfUtcDay } from "@/lib/domain/claims/desk-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimListQuery, ClaimSort } from "@/lib/schemas/claim-list";

export async function claimListWhere(query: Omit<ClaimListQuery, "sort" | "page">, now: Date): Promise<Prisma.ClaimWhereInput> {
  const and: Prisma.ClaimWhereInput[] = [{ deletedAt: null }];
  if (query.state) and.push({ state: query.state });
  if (query.assignee) and.push({ assigneeId: query.assignee === "nobody" ? null : query.assignee });
  if (query.overdue) and.push({ dueAt: { lt: startOfUtcDay(now) }, state: { in: [...OPEN_STATES] } });
  if (query.dueBefore) and.push({ dueAt: { lt: new Date(`${query.dueBefore}T00:00:00Z`) } });
  if (query.priority) and.push({ priority: query.priority });
  if (query.rating) and.push({ verdict: { rating: { label: { equals: query.rating, mode: "insensitive" } } } });
  if (query.article) and.push({ articleId: query.article });
  if (query.published) {
    // Published claims are kept apart from the desk's (PublishedClaim); one month is a bounded list.
    const start = new Date(`${query.published}-01T00:00:00Z`);
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const rows = await db.publishedClaim.findMany({ where: { firstPublishedAt: { gte: start, lt: end } }, select: { claimId: true } });
    and.push({ id: { in: rows.map((row) => row.claimId) } });
  }
  return { AND: and };
}

/** Each sort's order; ties fall back to the oldest change first, then the id, so pages are stable. */
export function claimListOrder(sort: ClaimSort): Prisma.ClaimOrderByWithRelationInput[] {
  const tail: Prisma.ClaimOrderByWithRelationInput[] = [{ updatedAt: "asc" }, { id: "asc" }];
  switch (sort) {
    case "due":
      return [{ dueAt: { sort: "asc", nulls: "last" } }, { priority: "desc" }, ...tail];
    case "priority":
      return [{ priority: "desc" }, { dueAt: { sort: "asc", nulls: "last" } }, ...tail];
    case "assignee":
      return [{ assignee: { name: "asc" } }, { dueAt: { sort: "asc", nulls: "last" } }, ...tail];
    case "state":
      return [{ state: "asc" }, { dueAt: { sort: "asc", nulls: "last" } }, ...tail];
    case "updated":
      return [{ updatedAt: "desc" }, { id: "asc" }];
    case "oldest":
      return tail;
  }
}
