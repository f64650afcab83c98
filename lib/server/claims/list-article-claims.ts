// API v1: an article's claims with their state, rating and anchor in the current text — for the
// desk's own tools (a read token) — in reading order.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articleClaimsInputSchema } from "@/lib/schemas/api";
import { defineUseCase } from "../use-case";

export const listArticleClaims = defineUseCase(
  { permission: "claim.read", schema: articleClaimsInputSchema, invalid: "Name an article by its id." },
  async ({ input }) => {
    const article = await db.article.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        title: true,
        claims: {
          where: { deletedAt: null },
          orderBy: { anchorStart: "asc" },
          select: {
            id: true,
            text: true,
            state: true,
            anchorExact: true,
            anchorPrefix: true,
            anchorSuffix: true,
            anchorStart: true,
            anchorEnd: true,
            anchorStatus: true,
            updatedAt: true,
            claimant: { select: { name: true } },
            verdict: { select: { rating: { select: { label: true } } } },
          },
        },
      },
    });
    if (!article) throw new AppError("NOT_FOUND", "No article has this id.");
    return article;
  },
);
