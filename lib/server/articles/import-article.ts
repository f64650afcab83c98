// Imports an article (URL, pasted text, HTML/Markdown/text file) as a new article with its first
// immutable revision. The same URL or the same content is recognised and offered instead of a
// silent duplicate. Nothing is stored when any step fails.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { slugify } from "@/lib/domain/articles/slug";
import { AppError } from "@/lib/errors";
import { importArticleSchema } from "@/lib/schemas/import";
import { prepareRevision } from "../import/prepare-revision";
import { findDuplicate } from "./find-duplicate";
import { defineUseCase } from "../use-case";
import { writeImportedArticle } from "./write-imported-article";

async function uniqueSlug(title: string) {
  const base = slugify(title);
  const taken = await db.article.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base.slice(0, 72)}-${crypto.randomBytes(3).toString("hex")}` : base;
}

export const importArticle = defineUseCase(
  { permission: "article.import", schema: importArticleSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const revision = await prepareRevision(input);
    const duplicate = await findDuplicate(revision.contentHash, revision.sourceUrl);
    if (duplicate && !input.allowDuplicate) {
      throw new AppError("CONFLICT", `This article is already on the desk: “${duplicate.article.title}”.`, undefined, {
        existingArticleId: duplicate.article.id,
      });
    }
    const slug = await uniqueSlug(revision.title);
    return db.$transaction(async (tx) => {
      const { article } = await writeImportedArticle(tx, { revision, slug, actorId: actor.id });
      return { articleId: article.id, title: revision.title, format: revision.format };
    });
  },
);
