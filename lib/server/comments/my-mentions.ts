// The comments that mention the signed-in person: newest first, unread ones marked.
import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";

export async function countUnreadMentions({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.read");
  return db.commentMention.count({ where: { userId: actor.id, readAt: null } });
}

export async function listMyMentions({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.read");
  const mentions = await db.commentMention.findMany({
    where: { userId: actor.id, comment: { claim: { deletedAt: null } } },
    orderBy: { comment: { createdAt: "desc" } },
    take: 100,
    include: { comment: { include: { author: { select: { name: true } }, claim: { select: { id: true, text: true, articleId: true } } } } },
  });
  return mentions.map(({ comment, readAt }) => ({
    commentId: comment.id,
    body: comment.body,
    author: comment.author.name,
    createdAt: comment.createdAt,
    claim: comment.claim,
    unread: readAt === null,
  }));
}

/** Marks every mention of the actor as read (after they opened their Mentions). */
export async function markMentionsRead({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.read");
  await db.commentMention.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
