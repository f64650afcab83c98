// Fetches and extracts a page without storing anything, so the editor can check and correct its
// title, byline, site, date and language before importing it.
import { previewArticleUrlSchema } from "@/lib/schemas/import";
import type { ExtractedArticle } from "../import/extract-article";
import { fetchArticlePage } from "../import/fetch-article-page";
import { readHtml } from "../import/read-html";
import { defineUseCase } from "../use-case";
import { findDuplicate } from "./find-duplicate";

export const previewArticleUrl = defineUseCase(
  { permission: "article.import", schema: previewArticleUrlSchema, invalid: "Check the web address." },
  async ({ input }) => {
    const page = await fetchArticlePage(input.url);
    const article = (await readHtml({ kind: "page", html: page.html, pageUrl: page.finalUrl })) as ExtractedArticle;
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
  },
);
