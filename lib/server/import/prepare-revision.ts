// Turns any import input into the content of an immutable revision: raw input, sanitized HTML,
// canonical plain text, content hash and metadata. Nothing is stored here.
import { contentHash } from "@/lib/domain/articles/content-hash";
import { canonicalTextOf, htmlOfParagraphs, paragraphsOf } from "@/lib/domain/articles/plain-text";
import { AppError } from "@/lib/errors";
import type { ImportArticleInput } from "@/lib/schemas/import";
import type { ExtractedArticle } from "./extract-article";
import { fetchArticlePage } from "./fetch-article-page";
import { readHtml } from "./read-html";

export type PreparedRevision = {
  format: "URL" | "TEXT" | "HTML" | "MARKDOWN";
  rawInput: string;
  sanitizedHtml: string;
  plainText: string;
  contentHash: string;
  sourceUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: Date | null;
  language: string | null;
};

// Pasted text and files carry no page metadata; the editor may add it.
const NO_METADATA = { sourceUrl: null, byline: null, siteName: null, publishedTime: null, language: null };

/** A web page or an HTML file, read in the worker (read-html.ts). */
async function readPage(html: string, pageUrl: string | null) {
  return (await readHtml({ kind: "page", html, pageUrl })) as ExtractedArticle;
}

function fromExtracted(article: ExtractedArticle) {
  return { ...article, publishedTime: article.publishedTime ? new Date(article.publishedTime) : null };
}

function fromText(text: string) {
  const paragraphs = paragraphsOf(text);
  return { sanitizedHtml: htmlOfParagraphs(paragraphs), plainText: canonicalTextOf(paragraphs) };
}

function firstHeading(plainText: string) {
  return plainText.split("\n\n")[0]?.slice(0, 300) ?? "Untitled article";
}

export async function prepareRevision(input: ImportArticleInput): Promise<PreparedRevision> {
  let prepared: Omit<PreparedRevision, "contentHash">;
  if (input.kind === "url") {
    const page = await fetchArticlePage(input.url);
    const article = await readPage(page.html, page.finalUrl);
    prepared = { ...fromExtracted(article), format: "URL", rawInput: page.html, sourceUrl: page.finalUrl };
  } else if (input.kind === "text") {
    prepared = { ...NO_METADATA, format: "TEXT", rawInput: input.text, ...fromText(input.text), title: input.title };
  } else if (/\.(md|markdown)$/i.test(input.fileName)) {
    const { sanitizedHtml, plainText } = await readHtml({ kind: "markdown", content: input.content });
    prepared = { ...NO_METADATA, format: "MARKDOWN", rawInput: input.content, sanitizedHtml, plainText, title: firstHeading(plainText) };
  } else if (/\.html?$/i.test(input.fileName)) {
    prepared = { ...fromExtracted(await readPage(input.content, null)), format: "HTML", rawInput: input.content, sourceUrl: null };
  } else {
    const text = fromText(input.content);
    prepared = { ...NO_METADATA, format: "TEXT", rawInput: input.content, ...text, title: firstHeading(text.plainText) };
  }
  if (!prepared.plainText.trim()) {
    throw new AppError("INVALID_INPUT", "There is no text to import.", {
      [input.kind === "file" ? "content" : input.kind]: ["No text found."],
    });
  }
  // The editor's corrections win over what the page said.
  return {
    ...prepared,
    title: input.title ?? prepared.title,
    byline: input.byline ?? prepared.byline,
    siteName: input.siteName ?? prepared.siteName,
    language: input.language ?? prepared.language,
    publishedTime: input.publishedTime ?? prepared.publishedTime,
    contentHash: contentHash(prepared.plainText),
  };
}
