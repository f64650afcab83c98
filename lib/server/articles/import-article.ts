// Imports an article (URL, pasted text, HTML/Markdown/text file) as a new article with its first
// immutable revision. The same URL or the same content is recognised and offered instead of a
// silent duplicate. Nothing is stored when any step fails.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { slugify } from "@/lib/domain/articles/slug";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { importArticleSchema } from "@/lib/schemas/import";
import { prepareRevision } from "../import/prepare-revision";
import { findDuplicate } from "./find-duplicate";
import { writeImportedArticle } from "./write-imported-article";

export type ImportArticleRequest = { actor: Actor | null; input: unknown; allowDuplicate?: boolean };

async function uniqueSlug(title: string) {
  const base = slugify(title);
  const taken = await db.article.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base.slice(0, 72)}-${crypto.randomBytes(3).toString("hex")}` : base;
}

export async function importArticle({ actor, input, allowDuplicate = false }: ImportArticleRequest) {
  assertCan(actor, "article.import");
  const parsed = importArticleSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors as Record<string, string[]>);
  }
  const revision = await prepareRevision(parsed.data);
  const duplicate = await findDuplicate(revision.contentHash, revision.sourceUrl);
  if (duplicate && !allowDuplicate) {
    throw new AppError("CONFLICT", `This article is already on the desk: “${duplicate.article.title}”.`, undefined, {
      existingArticleId: duplicate.article.id,
    });
  }
  const slug = await uniqueSlug(revision.title);
  return db.$transaction(async (tx) => {
    const { article } = await writeImportedArticle(tx, { revision, slug, actorId: actor.id });
    return { articleId: article.id, title: revision.title, format: revision.format };
  });
}
