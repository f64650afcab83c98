// Fetches and extracts a page without storing anything, so the editor can check and correct its
// title, byline, site, date and language before importing it.
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { previewArticleUrlSchema } from "@/lib/schemas/import";
import { extractArticle } from "../import/extract-article";
import { fetchArticlePage } from "../import/fetch-article-page";
import { findDuplicate } from "./find-duplicate";

export async function previewArticleUrl({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "article.import");
  const parsed = previewArticleUrlSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the web address.", parsed.error.flatten().fieldErrors);
  const page = await fetchArticlePage(parsed.data.url);
  const article = extractArticle(page.html, page.finalUrl);
  const words = article.plainText.split(/\s+/).filter(Boolean);
  const duplicate = await findDuplicate(null, page.finalUrl);
  return {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    language: article.language,
    wordCount: words.length,
    excerpt: words.slice(0, 40).join(" "),
    existingArticle: duplicate?.article ?? null,
  };
}
