import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";
import type { ClaimListQuery } from "@/lib/schemas/claim-list";
import { claimListOrder, claimListWhere } from "./claim-list-where";

type ReviewQueueFilter = Partial<Omit<ClaimListQuery, "state" | "page">> & { articleId?: string; assigneeId?: string };

/** Claims waiting for review, oldest first unless sorted otherwise, filtered as the claims list is. */
export async function listReviewQueue({ actor, filter = {} }: { actor: Actor | null; filter?: ReviewQueueFilter }) {
  assertCan(actor, "review-queue.read");
  const { articleId, assigneeId, sort = "oldest", ...rest } = filter;
  const where = await claimListWhere({ ...rest, article: articleId ?? rest.article, assignee: assigneeId ?? rest.assignee }, new Date());
  return db.claim.findMany({
    where: { AND: [where, { state: "IN_REVIEW" }] },
    orderBy: claimListOrder(sort),
    // The queue is a working list, not an archive: the longest waits come first by default.
    take: 500,
    select: {
      id: true,
      text: true,
      version: true,
      updatedAt: true,
      dueAt: true,
      priority: true,
      state: true,
      article: { select: { id: true, title: true } },
      claimant: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      verdict: { select: { summary: true, authorId: true, author: { select: { name: true } }, rating: true } },
    },
  });
}
