// The expensive part of an import — parsing, Readability, sanitizing, canonical text — as one job
// that runs in a worker thread (read-html.ts), so a hostile page can never freeze the server.
import { htmlToCanonicalText } from "@/lib/domain/import/html-to-text";
import { markdownToSafeHtml } from "@/lib/domain/import/markdown-to-html";
import { type ExtractedArticle, extractArticle } from "./extract-article";

export type ReadHtmlJob = { kind: "page"; html: string; pageUrl: string | null } | { kind: "markdown"; content: string };
export type ReadHtmlResult = ExtractedArticle | { sanitizedHtml: string; plainText: string };

export function runReadHtmlJob(job: ReadHtmlJob): ReadHtmlResult {
  if (job.kind === "page") return extractArticle(job.html, job.pageUrl);
  const sanitizedHtml = markdownToSafeHtml(job.content);
  return { sanitizedHtml, plainText: htmlToCanonicalText(sanitizedHtml) };
}
