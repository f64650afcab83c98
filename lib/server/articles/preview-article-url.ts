// Fetches and extracts a page without storing anything, so the editor can check and correct its
// title, byline, site, date and language before importing it.
import { previewArticleUrlSchema } from "@/lib/schemas/import";
import { extractArticle } from "../import/extract-article";
import { fetchArticlePage } from "../import/fetch-article-page";
import { defineUseCase } from "../use-case";
import { findDuplicate } from "./find-duplicate";

export const previewArticleUrl = defineUseCase({ permission: "article.import", schema: previewArticleUrlSchema, invalid: "Check the web address." }, async ({ input }) => {
  const page = await fetchArticlePage(input.url);
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
});
