// A bulk action on selected articles applies to their live claims, at the versions they have now
// (the person chose articles, not claim versions); the rest is the claims' bulk action.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bulkUpdateArticlesSchema, MAX_BULK_CLAIMS } from "@/lib/schemas/bulk";
import { defineUseCase } from "../use-case";
import { runBulkUpdate } from "./bulk-update-claims";

export const bulkUpdateArticles = defineUseCase(
  { permission: "claim.read", schema: bulkUpdateArticlesSchema, invalid: "Check the selection and the action." },
  async ({ actor, input }) => {
    const claims = await db.claim.findMany({
      where: { articleId: { in: input.articleIds }, deletedAt: null },
      orderBy: [{ articleId: "asc" }, { anchorStart: "asc" }],
      select: { id: true, version: true },
    });
    if (!claims.length) throw new AppError("NOT_FOUND", "The selected articles have no claims.");
    if (claims.length > MAX_BULK_CLAIMS)
      throw new AppError(
        "INVALID_INPUT",
        `The selected articles have ${claims.length} claims: at most ${MAX_BULK_CLAIMS} can change at once. Select fewer articles.`,
      );
    return runBulkUpdate(
      actor,
      claims.map((claim) => ({ claimId: claim.id, version: claim.version })),
      input.action,
    );
  },
);
