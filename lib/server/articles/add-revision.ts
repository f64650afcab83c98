// "Check for a new version" (fetch the article's address again) and "Upload a new version" (pasted
// text or a file), through the same import pipeline as a first import: address policy, extraction
// in the worker, sanitizing. Identical text makes no revision and says so.
import { db } from "@/lib/db";
import { AppError, toAppError } from "@/lib/errors";
import { addRevisionSchema, importArticleSchema } from "@/lib/schemas/import";
import { prepareRevision } from "../import/prepare-revision";
import { defineUseCase } from "../use-case";
import { storeRevision } from "./store-revision";

async function currentRevision(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { title: true, currentRevision: { select: { sourceUrl: true, format: true } } },
  });
  if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
  return { title: article.title, ...article.currentRevision };
}

/** Fetches the article's address again and stores what changed (also the watcher's path). */
export async function recheckArticle(actorId: string, articleId: string, via: "recheck" | "watch") {
  const current = await currentRevision(articleId);
  // An uploaded correction keeps the article's address: it can still be fetched again and watched.
  if (!current.sourceUrl)
    throw new AppError("INVALID_STATE", "This article was not imported from a web address: upload the new version instead.");
  try {
    const prepared = await prepareRevision(importArticleSchema.parse({ kind: "url", url: current.sourceUrl }));
    return await storeRevision({ actorId, articleId, prepared: { ...prepared, title: current.title }, via });
  } catch (error) {
    // The list says when a check failed, not only the person who pressed the button.
    const known = toAppError(error);
    await db.article.update({
      where: { id: articleId },
      data: { checkedAt: new Date(), checkError: known?.message ?? "The page could not be fetched." },
    });
    throw error;
  }
}

export const addArticleRevision = defineUseCase(
  { permission: "article.import", schema: addRevisionSchema, invalid: "Check the new version." },
  async ({ actor, input }) => {
    if (input.kind === "recheck") return recheckArticle(actor.id, input.articleId, "recheck");
    const current = await currentRevision(input.articleId);
    const prepared = await prepareRevision(
      importArticleSchema.parse(
        input.kind === "text"
          ? { kind: "text", text: input.text, title: current.title }
          : { kind: "file", fileName: input.fileName, content: input.content },
      ),
    );
    // The page's address stays the article's: a pasted correction of a web article is still that article.
    return storeRevision({
      actorId: actor.id,
      articleId: input.articleId,
      prepared: { ...prepared, title: current.title, sourceUrl: prepared.sourceUrl ?? current.sourceUrl },
      via: input.kind,
    });
  },
);
