import { db } from "@/lib/db";
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";
import { OPEN_STATES, openClaimsSummary, PRIORITY_ORDER, startOfUtcDay } from "@/lib/domain/claims/desk-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, assertCan } from "@/lib/permissions";
import type { ArticleListQuery } from "@/lib/schemas/article-list";

const SHOWN = 200;
// Sorting by the claims' due dates or priorities happens after aggregation, over this many of the
// most recently changed matching articles (a desk's working set, not its archive).
const SORTED_WINDOW = 2000;

function articleWhere(filter: Partial<ArticleListQuery>, now: Date): Prisma.ArticleWhereInput {
  const open = { deletedAt: null, state: { in: [...OPEN_STATES] } };
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.assignee) and.push({ claims: { some: { ...open, assigneeId: filter.assignee === "nobody" ? null : filter.assignee } } });
  if (filter.dueBefore) and.push({ claims: { some: { ...open, dueAt: { lt: new Date(`${filter.dueBefore}T00:00:00Z`) } } } });
  if (filter.overdue) and.push({ claims: { some: { ...open, dueAt: { lt: startOfUtcDay(now) } } } });
  if (filter.priority) {
    // The highest open priority is this one: some open claim has it and none has a higher one.
    const higher = PRIORITY_ORDER.slice(PRIORITY_ORDER.indexOf(filter.priority) + 1);
    and.push(
      { claims: { some: { ...open, priority: filter.priority } } },
      { claims: { none: { ...open, priority: { in: [...higher] } } } },
    );
  }
  if (filter.status === "published") and.push({ publicationStatus: "PUBLISHED" });
  if (filter.status === "unpublished") and.push({ publicationStatus: { not: "PUBLISHED" } });
  return { AND: and };
}

/** The desk's articles, most recently changed first (or by their open claims' due date or priority), with their claims counted by state. */
export async function listArticles({ actor, filter = {} }: { actor: Actor | null; filter?: Partial<ArticleListQuery> }) {
  assertCan(actor, "article.read");
  const sort = filter.sort ?? "updated";
  const articles = await db.article.findMany({
    where: articleWhere(filter, new Date()),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: sort === "updated" ? SHOWN : SORTED_WINDOW,
    select: {
      id: true,
      title: true,
      slug: true,
      publicationStatus: true,
      updatedAt: true,
      checkedAt: true,
      checkError: true,
      currentRevision: { select: { siteName: true, sourceUrl: true, format: true, number: true, createdAt: true } },
      claims: { where: { deletedAt: null }, select: { id: true, state: true, dueAt: true, priority: true } },
    },
  });
  const listed = articles.map(({ claims, ...article }) => {
    const byState: Partial<Record<ClaimState, number>> = {};
    for (const { state } of claims) byState[state] = (byState[state] ?? 0) + 1;
    return { ...article, claimIds: claims.map((claim) => claim.id), claimCount: claims.length, byState, ...openClaimsSummary(claims) };
  });
  const rank = (priority: (typeof listed)[number]["highestPriority"]) => (priority ? PRIORITY_ORDER.indexOf(priority) : -1);
  // Array.sort is stable: ties keep the most recently changed first.
  const due = (article: (typeof listed)[number]) => article.earliestDue?.getTime() ?? Number.MAX_SAFE_INTEGER;
  if (sort === "due") listed.sort((a, b) => due(a) - due(b));
  if (sort === "priority") listed.sort((a, b) => rank(b.highestPriority) - rank(a.highestPriority));
  return listed.slice(0, SHOWN);
}
