// "Suggest claims" in the workbench: the article's most check-worthy sentences, underlined as
// suggestions (never claims until an editor marks one). Scored on the current revision's text.
import { db } from "@/lib/db";
import { scoreCheckWorthiness } from "@/lib/domain/check-worthiness/score";
import { AppError } from "@/lib/errors";
import { suggestClaimsSchema } from "@/lib/schemas/check-worthiness";
import { defineUseCase } from "../use-case";

/** Sentences at or above this score are suggested, at most MAX_SUGGESTIONS of them, best first. */
export const SUGGESTION_THRESHOLD = 0.5;
const MAX_SUGGESTIONS = 25;

export const suggestClaims = defineUseCase(
  { permission: "claim.read", schema: suggestClaimsSchema, invalid: "Choose an article." },
  async ({ input }) => {
    const article = await db.article.findUnique({
      where: { id: input.articleId },
      select: { currentRevision: { select: { plainText: true } } },
    });
    if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
    const best = scoreCheckWorthiness(article.currentRevision.plainText.slice(0, 100_000))
      .filter((sentence) => sentence.score >= SUGGESTION_THRESHOLD)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SUGGESTIONS);
    return best
      .map(({ start, end, score, reasons }) => ({ start, end, score: Math.round(score * 100) / 100, reasons }))
      .sort((a, b) => a.start - b.start);
  },
);
