import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";

type ReviewQueueFilter = { articleId?: string; assigneeId?: string };

/** Claims waiting for review, oldest first, optionally for one article or assignee. */
export async function listReviewQueue({ actor, filter = {} }: { actor: Actor | null; filter?: ReviewQueueFilter }) {
  assertCan(actor, "review-queue.read");
  return db.claim.findMany({
    where: {
      state: "IN_REVIEW",
      deletedAt: null,
      ...(filter.articleId ? { articleId: filter.articleId } : {}),
      ...(filter.assigneeId ? { assigneeId: filter.assigneeId } : {}),
    },
    orderBy: { updatedAt: "asc" },
    select: {
      id: true,
      text: true,
      updatedAt: true,
      article: { select: { id: true, title: true } },
      claimant: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      verdict: { select: { summary: true, authorId: true, author: { select: { name: true } }, rating: true } },
    },
  });
}
