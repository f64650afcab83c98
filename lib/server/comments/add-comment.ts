// A comment on a claim, or a reply to one, by anyone on the desk; the people it @mentions are
// notified (MENTIONED) in the same transaction.
import { db } from "@/lib/db";
import { mentionedIds } from "@/lib/domain/comments/mentions";
import { AppError } from "@/lib/errors";
import { addCommentSchema } from "@/lib/schemas/comment";
import { quoteClaim } from "@/lib/domain/notifications/notification-kinds";
import { recordClaimEvent } from "../audit/record-claim-event";
import { notify } from "../notifications/notify";
import { defineUseCase } from "../use-case";

export const addComment = defineUseCase(
  { permission: "claim.comment", schema: addCommentSchema, invalid: "Check the comment." },
  async ({ actor, input }) => {
    const { claimId, body, parentId } = input;
    const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true, articleId: true, text: true } });
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
    if (parentId) {
      const parent = await db.comment.findFirst({ where: { id: parentId, claimId, parentId: null } });
      if (!parent)
        throw new AppError("INVALID_INPUT", "The comment you answer is not on this claim.", { parentId: ["Not a comment on this claim."] });
    }
    const people = await db.user.findMany({ where: { disabled: false, id: { not: actor.id } }, select: { id: true, email: true } });
    const mentioned = mentionedIds(body, people);
    return db.$transaction(async (tx) => {
      const comment = await tx.comment.create({
        data: { claimId, body, parentId, authorId: actor.id, mentions: { create: mentioned.map((userId) => ({ userId })) } },
      });
      await recordClaimEvent(tx, {
        actorId: actor.id,
        claimId,
        action: "comment",
        changes: { comment: body.slice(0, 200), mentions: mentioned.length },
      });
      await notify(tx, [
        {
          kind: "MENTIONED",
          recipientIds: mentioned,
          actorId: actor.id,
          claimId,
          articleId: claim.articleId,
          message: `${actor.name} mentioned you on ${quoteClaim(claim.text)}: ${quoteClaim(body, 160)}`,
        },
      ]);
      return { id: comment.id, mentioned: mentioned.length };
    });
  },
);
