// Marks a claim: a W3C-style anchor into the article's current revision, computed on the server
// from the selected offsets, with an empty draft verdict authored by the editor.
import { db } from "@/lib/db";
import { describeRange } from "@/lib/domain/anchoring/text-quote";
import { AppError } from "@/lib/errors";
import { createClaimSchema } from "@/lib/schemas/claim";
import { recordClaimEvent } from "../audit/record-claim-event";
import { defineUseCase } from "../use-case";

export const createClaim = defineUseCase(
  { permission: "claim.edit", schema: createClaimSchema, invalid: "Select some text first." },
  async ({ actor, input }) => {
    const article = await db.article.findUnique({ where: { id: input.articleId }, include: { currentRevision: true } });
    if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
    const text = article.currentRevision.plainText;
    if (input.end > text.length)
      throw new AppError("INVALID_INPUT", "The selection is outside the article text.", { end: ["Outside the text."] });
    const anchor = describeRange(text, input.start, input.end);
    if (!anchor.exact.trim()) throw new AppError("INVALID_INPUT", "Select some words, not only spaces.", { end: ["Empty selection."] });

    return db.$transaction(async (tx) => {
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          revisionId: article.currentRevision!.id,
          anchorExact: anchor.exact,
          anchorPrefix: anchor.prefix,
          anchorSuffix: anchor.suffix,
          anchorStart: anchor.start,
          anchorEnd: anchor.end,
          text: anchor.exact.replace(/\s+/g, " ").trim().slice(0, 1000),
          createdById: actor.id,
          verdict: { create: { authorId: actor.id, contributors: { connect: [{ id: actor.id }] } } },
        },
      });
      await recordClaimEvent(tx, {
        actorId: actor.id,
        claimId: claim.id,
        action: "create",
        changes: { quote: anchor.exact, start: anchor.start, end: anchor.end },
      });
      await tx.article.update({ where: { id: article.id }, data: { updatedAt: new Date() } });
      return claim;
    });
  },
);
