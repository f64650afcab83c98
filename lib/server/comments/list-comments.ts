import { db } from "@/lib/db";
import { handleOf } from "@/lib/domain/comments/mentions";
import { type Actor, assertCan } from "@/lib/permissions";

const AUTHOR = { select: { name: true } } as const;

/** A claim's discussion: top-level comments, oldest first, each with its replies. */
export async function listCommentThreads({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "claim.read");
  const comments = await db.comment.findMany({
    where: { claimId, parentId: null },
    orderBy: { createdAt: "asc" },
    include: { author: AUTHOR, replies: { orderBy: { createdAt: "asc" }, include: { author: AUTHOR } } },
  });
  const shape = (c: { id: string; body: string; createdAt: Date; author: { name: string } }) => ({
    id: c.id,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    author: c.author.name,
  });
  return comments.map((comment) => ({ ...shape(comment), replies: comment.replies.map(shape) }));
}

/** Who can be mentioned, with their handles (shown beside the comment box). */
export async function listMentionHandles({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.comment");
  const people = await db.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { name: true, email: true } });
  return people.map((person) => ({ name: person.name, handle: handleOf(person.email) }));
}
