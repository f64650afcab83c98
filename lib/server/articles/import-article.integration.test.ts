// Import, end to end through the use-case: a real Postgres and a real HTTP server on 127.0.0.1.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { importArticle } from "./import-article";
import { previewArticleUrl } from "./preview-article-url";

const newsPage = fs.readFileSync(path.join(__dirname, "..", "import", "fixtures", "news-page.html"), "utf8");
let server: http.Server;
let base: string;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.startsWith("/news")) res.writeHead(200, { "content-type": "text/html" }).end(newsPage);
    else if (req.url === "/to-private") res.writeHead(302, { location: "http://192.168.0.10/" }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const counts = async () => ({ articles: await db.article.count(), revisions: await db.articleRevision.count() });

describe("importing articles", () => {
  it("imports a URL with the page's metadata, refuses it without the allow-list and recognises it again", async () => {
    delete process.env.IMPORT_ALLOWED_HOSTS;
    const before = await counts();
    await expect(importArticle({ actor: editor, input: { kind: "url", url: `${base}/news` } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await counts()).toEqual(before);

    process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
    const imported = await importArticle({ actor: editor, input: { kind: "url", url: `${base}/news`, byline: "Maria López" } });
    const article = await db.article.findUniqueOrThrow({ where: { id: imported.articleId }, include: { currentRevision: true } });
    expect(article.title).toBe("Border deployment grows as cartel designations take effect");
    expect(article.currentRevision).toMatchObject({
      format: "URL",
      sourceUrl: `${base}/news`,
      siteName: "Example Daily",
      byline: "Maria López",
      number: 1,
    });
    expect(article.currentRevision!.rawInput).toContain("<script>");
    expect(article.currentRevision!.sanitizedHtml).not.toContain("<script");
    expect(await db.auditEvent.count({ where: { entityId: article.id, action: "import" } })).toBe(1);

    await expect(importArticle({ actor: editor, input: { kind: "url", url: `${base}/news` } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { existingArticleId: article.id },
    });
  });

  it("previews a page's details without storing anything, and imports with the editor's corrections", async () => {
    process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
    const url = `${base}/news?edition=2`;
    const before = await counts();
    const preview = await previewArticleUrl({ actor: editor, input: { url } });
    expect(preview).toMatchObject({
      title: "Border deployment grows as cartel designations take effect",
      siteName: "Example Daily",
      publishedTime: "2025-03-02T14:30:00.000Z",
      language: "en-US",
      existingArticle: null,
    });
    expect(preview.wordCount).toBeGreaterThan(150);
    expect(await counts()).toEqual(before);
    await expect(previewArticleUrl({ actor: reviewer, input: { url } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewArticleUrl({ actor: editor, input: { url: "news" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { url: [expect.any(String)] },
    });

    const imported = await importArticle({
      actor: editor,
      input: {
        kind: "url",
        url,
        title: "Troops at the border: the March count",
        publishedTime: "2025-03-03",
        language: "en",
        allowDuplicate: true,
      },
    });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: imported.articleId } });
    expect(revision).toMatchObject({ title: "Troops at the border: the March count", language: "en", siteName: "Example Daily" });
    expect(revision.publishedTime?.toISOString()).toBe("2025-03-03T00:00:00.000Z");
    expect((await previewArticleUrl({ actor: editor, input: { url } })).existingArticle?.id).toBe(imported.articleId);
    await expect(
      importArticle({ actor: editor, input: { kind: "url", url: `${base}/news?edition=3`, publishedTime: "last week" } }),
    ).rejects.toMatchObject({
      fieldErrors: { publishedTime: ["Use a date like 2025-05-04."] },
    });
    await expect(
      importArticle({ actor: editor, input: { kind: "url", url: `${base}/news?edition=3`, publishedTime: "0099-05-04" } }),
    ).rejects.toMatchObject({
      fieldErrors: { publishedTime: ["Use a date between 1900 and 2100, like 2025-05-04."] },
    });
  });

  it("refuses a redirect into a private address and stores nothing", async () => {
    process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
    const before = await counts();
    await expect(importArticle({ actor: editor, input: { kind: "url", url: `${base}/to-private` } })).rejects.toThrow(/192\.168\.0\.10/);
    expect(await counts()).toEqual(before);
  });

  it("imports pasted text, and the same text again only when asked to", async () => {
    const input = { kind: "text", title: "Council minutes", text: "The council met on Monday.\n\nIt approved the budget." };
    const first = await importArticle({ actor: editor, input });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: first.articleId } });
    expect(revision.plainText).toBe("The council met on Monday.\n\nIt approved the budget.");
    expect(revision.sanitizedHtml).toBe("<p>The council met on Monday.</p>\n<p>It approved the budget.</p>");
    await expect(
      importArticle({ actor: editor, input: { ...input, text: "The council met on Monday.\r\n\r\nIt approved the budget.\r\n" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(importArticle({ actor: editor, input: { ...input, allowDuplicate: true } })).resolves.toMatchObject({ format: "TEXT" });
  });

  it("imports Markdown, HTML and plain-text files", async () => {
    const markdown = await importArticle({
      actor: editor,
      input: {
        kind: "file",
        fileName: "report.md",
        content: "# Water treaty\n\nMexico agreed to deliver **more water**.\n\n- Texas farmers\n",
      },
    });
    expect(markdown).toMatchObject({ format: "MARKDOWN", title: "Water treaty" });
    const html = await importArticle({
      actor: editor,
      input: { kind: "file", fileName: "saved.html", content: newsPage.replace("Critics said", "Opponents said") },
    });
    expect(html).toMatchObject({ format: "HTML", title: "Border deployment grows as cartel designations take effect" });
    const text = await importArticle({
      actor: editor,
      input: { kind: "file", fileName: "notes.txt", content: "Headline here\n\nBody text." },
    });
    expect(text).toMatchObject({ format: "TEXT", title: "Headline here" });
    const slugs = (await db.article.findMany({ where: { id: { in: [markdown.articleId, html.articleId, text.articleId] } } })).map(
      (a) => a.slug,
    );
    expect(new Set(slugs).size).toBe(3);
  });

  it("answers bad input field by field, and reviewers cannot import", async () => {
    await expect(importArticle({ actor: editor, input: { kind: "text", title: "", text: "" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { title: ["Give the article a title."], text: ["Paste the article text."] },
    });
    await expect(importArticle({ actor: editor, input: { kind: "file", fileName: "photo.jpg", content: "xx" } })).rejects.toMatchObject({
      fieldErrors: { fileName: [expect.stringContaining(".html, .md, .txt")] },
    });
    await expect(importArticle({ actor: reviewer, input: { kind: "text", title: "T", text: "Words." } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
