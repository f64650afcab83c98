import fs from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { htmlToCanonicalText } from "@/lib/domain/import/html-to-text";
import { extractArticle } from "./extract-article";

const page = fs.readFileSync(path.join(__dirname, "fixtures", "news-page.html"), "utf8");
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// Real-world-shaped pages and, for each, the parts a reader would call the article.
const PAGES = [
  { file: "news-page.html", url: "https://news.example/2025/03/border", article: ["article"] },
  { file: "blog-post.html", url: "https://ana.example/agua", article: [".post-content"] },
  {
    file: "wiki-page.html",
    url: "https://openwiki.example/1944_Water_Treaty",
    article: ["#bodyContent > p", "#bodyContent table", ".mw-headline"],
  },
];

describe("word survival on real-world-shaped pages", () => {
  for (const { file, url, article: selectors } of PAGES) {
    it(`${file}: at least 99% of the article's words reach the workbench`, () => {
      const html = fs.readFileSync(path.join(__dirname, "fixtures", file), "utf8");
      const document = new JSDOM(html).window.document;
      const original = selectors.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((element) => htmlToCanonicalText(element.outerHTML)),
      );
      const expected = words(original.join(" "));
      const extracted = extractArticle(html, url);
      const kept = new Set(words([extracted.title, extracted.byline, extracted.plainText].join(" ")));
      const missing = expected.filter((word) => !kept.has(word));
      expect(expected.length).toBeGreaterThan(80);
      if (process.env.SHOW_SURVIVAL) console.log(file, expected.length, "words,", missing.length, "missing:", missing.join(" "));
      expect(1 - missing.length / expected.length, `missing: ${missing.join(" ")}`).toBeGreaterThanOrEqual(0.99);
    });
  }
});

describe("extracting an article from a web page", () => {
  const article = extractArticle(page, "https://news.example/2025/03/border");

  it("keeps at least 99% of the article's words, without navigation, ads or footer", () => {
    // The original article's words, with block and table-cell boundaries respected.
    const body = htmlToCanonicalText(new JSDOM(page).window.document.querySelector("article")!.outerHTML);
    const expected = words(body);
    // Readability lifts the headline into the title field: it reaches the workbench there.
    const kept = new Set(words([article.title, article.byline, article.plainText].join(" ")));
    const survived = expected.filter((word) => kept.has(word)).length / expected.length;
    expect(survived).toBeGreaterThanOrEqual(0.99);
    expect(article.plainText).not.toContain("Advertisement");
    expect(article.plainText).not.toContain("Ten recipes");
    expect(article.plainText).not.toContain("All rights reserved");
  });

  it("keeps headings, quotes, lists, figures with alt text and captions, tables and line breaks", () => {
    const html = article.sanitizedHtml;
    expect(html).toMatch(/<h2>What the designation changes<\/h2>/);
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>Six of the eight organizations are based in Mexico.</li>");
    expect(html).toContain('alt="Soldiers installing concertina wire along the border fence"');
    expect(html).toContain("<figcaption>");
    expect(html).toContain("<caption>Troops assigned to the border mission</caption>");
    expect(html).toContain("<br />");
    expect(article.plainText).toContain("January 2,500");
  });

  it("makes links and images absolute and removes every script and handler", () => {
    expect(article.sanitizedHtml).toContain('href="https://news.example/2025/02/guillot-testimony"');
    expect(article.sanitizedHtml).toContain('src="https://news.example/images/border.jpg"');
    expect(article.sanitizedHtml).not.toMatch(/script|onerror|onclick|iframe|tracker/i);
  });

  it("takes title, byline, site name, published time and language from the page", () => {
    expect(article.title).toBe("Border deployment grows as cartel designations take effect");
    expect(article.byline).toMatch(/Maria Lopez/);
    expect(article.siteName).toBe("Example Daily");
    expect(article.publishedTime).toBe("2025-03-02T14:30:00.000Z");
    expect(article.language).toBe("en-US");
  });

  it("drops the addresses of relative links and images in a file with no address, keeping their text", () => {
    const fromFile = extractArticle(page, null);
    expect(fromFile.sanitizedHtml).not.toMatch(/href="\/|src="\/|file\.invalid|about:blank/);
    expect(fromFile.sanitizedHtml).toContain('alt="Soldiers installing concertina wire along the border fence"');
    expect(fromFile.plainText).toContain("intelligence from those flights was being shared with Mexican authorities");
    const absolute = extractArticle(page.replace('href="/2025/02/guillot-testimony"', 'href="https://other.example/guillot"'), null);
    expect(absolute.sanitizedHtml).toContain('href="https://other.example/guillot"');
  });

  it("says so when a page holds no article", () => {
    expect(() => extractArticle("<html><body><p>Log in</p></body></html>", "https://news.example/")).toThrow("No article found");
  });

  it("measures the tree the browser would build: misnested tags that look shallow are refused as deep", () => {
    // "<a><div>x</a>" closes by the text but nests in the tree: 400 copies are 400 levels.
    const misnested = `<html><body><article>${page}${"<a><div>x</a>".repeat(400)}</article></body></html>`;
    expect(() => extractArticle(misnested, "https://news.example/")).toThrow("levels deep");
  });

  // A 25,600-cell table through jsdom and Readability: seconds on a busy 2-core machine.
  it("refuses an article too large to annotate, a page date outside 1900–2100", { timeout: 30_000 }, () => {
    const words = "Council members reviewed the tunnel budget and the traffic counts in detail. ".repeat(4);
    const table = `<table>${`<tr>${"<td>1</td>".repeat(160)}</tr>`.repeat(160)}</table>`;
    expect(() => extractArticle(`<html><body><article><p>${words}</p>${table}</article></body></html>`, null)).toThrow(
      "too large to annotate",
    );
    const dated = `<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body><article><p>${words}</p></article></body></html>`;
    expect(extractArticle(dated, null).publishedTime).toBeNull();
  });
});
