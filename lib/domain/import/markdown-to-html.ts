// Markdown articles: marked turns them into HTML, then the same sanitizer as every other import.
import { marked } from "marked";
import { sanitizeArticleHtml } from "./sanitize-article-html";

export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeArticleHtml(html);
}
