// Extracts the article from a web page with Mozilla Readability on a jsdom document, then
// sanitizes it. Readability makes links and images absolute against the page's address.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import {
  type HtmlShape,
  htmlShape,
  htmlShapeProblem,
  MAX_ARTICLE_ELEMENTS,
  MAX_HTML_DEPTH,
  MAX_HTML_ELEMENTS,
} from "@/lib/domain/import/html-shape";
import { htmlToCanonicalText } from "@/lib/domain/import/html-to-text";
import { sanitizeArticleHtml } from "@/lib/domain/import/sanitize-article-html";
import { AppError } from "@/lib/errors";

export type ExtractedArticle = {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  language: string | null;
  sanitizedHtml: string;
  plainText: string;
};

/**
 * A file has no address: its relative links and images point nowhere. Their addresses are dropped
 * and the text (or alt text) stays. Pages with an address need nothing here: Readability makes the
 * extracted article's links and images absolute against the document's URL.
 */
function dropRelativeAddresses(document: Document) {
  for (const [selector, attribute] of [
    ["a[href]", "href"],
    ["img[src]", "src"],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) {
      if (URL.canParse(element.getAttribute(attribute)!)) continue;
      // Readability drops an image without a source, and its alt text with it: an empty data:
      // address keeps it through extraction, and the sanitizer (no data: images) removes it.
      if (attribute === "src") element.setAttribute("src", "data:,");
      else element.removeAttribute(attribute);
    }
  }
}

// Readability's own patterns catch "-ad-" and "ad-break" but not a plain class="ad".
const AD_TOKEN = /^(ad|ads|advert|adverts|advertisement|advertising|ad-slot|adslot|ad-container|sponsored|promo)$/i;

function removeAdvertising(document: Document) {
  for (const element of document.querySelectorAll("[class], [id]")) {
    const tokens = [...element.classList, element.id].filter(Boolean);
    if (tokens.some((token) => AD_TOKEN.test(token))) element.remove();
  }
}

/** Depth, element and attribute counts of a parsed document, walked without recursion. */
function documentShape(document: Document): HtmlShape {
  let elements = 0;
  let attributes = 0;
  let depth = 0;
  const stack: [Element, number][] = [[document.documentElement, 1]];
  while (stack.length > 0) {
    const [element, level] = stack.pop()!;
    elements++;
    attributes += element.attributes.length;
    depth = Math.max(depth, level);
    if (depth > MAX_HTML_DEPTH || elements > MAX_HTML_ELEMENTS) break;
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { depth, elements, attributes };
}

function refuseUnreadable(shape: HtmlShape, pageUrl: string | null) {
  const problem = htmlShapeProblem(shape);
  if (problem) throw new AppError("INVALID_INPUT", problem, { [pageUrl ? "url" : "content"]: [problem] });
}

/** A page's date, when it is a real one (a year between 1900 and 2100). */
function plausibleDate(value: string | null): string | null {
  const time = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2100 ? new Date(time).toISOString() : null;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * The readable article of an HTML page, or INVALID_INPUT when the page holds no article.
 * `pageUrl` is null for an uploaded file.
 */
export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle {
  // Scripts never run and resources never load: jsdom's defaults, and a silent console.
  const dom = new JSDOM(html, { ...(pageUrl ? { url: pageUrl } : {}), virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  // Measured on the tree the parser really built (markup tricks can hide depth from a quick look).
  refuseUnreadable(documentShape(document), pageUrl);
  if (!pageUrl) dropRelativeAddresses(document);
  removeAdvertising(document);
  const language = document.documentElement.getAttribute("lang")?.trim() || meta(document, "og:locale");
  const publishedTime = meta(document, "article:published_time", "og:article:published_time", "date", "dc.date");
  const parsed = new Readability(document).parse();
  dom.window.close();
  const sanitizedHtml = sanitizeArticleHtml(parsed?.content ?? "");
  if (htmlShape(sanitizedHtml).elements > MAX_ARTICLE_ELEMENTS) {
    const message = `The article has more than ${MAX_ARTICLE_ELEMENTS.toLocaleString("en")} elements (a huge table?): too large to annotate. Paste the part to check as text instead.`;
    throw new AppError("INVALID_INPUT", message, { [pageUrl ? "url" : "content"]: [message] });
  }
  const plainText = htmlToCanonicalText(sanitizedHtml);
  if (!parsed || plainText.split(/\s+/).filter(Boolean).length < 20) {
    throw new AppError("INVALID_INPUT", "No article found on that page: it holds too little text.", {
      url: ["No article found on that page."],
    });
  }
  const validDate = plausibleDate(publishedTime);
  return {
    title: parsed.title?.trim() || (pageUrl ? new URL(pageUrl).hostname : "Untitled article"),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: validDate,
    language: parsed.lang?.trim() || language || null,
    sanitizedHtml,
    plainText,
  };
}
