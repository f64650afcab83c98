// Hostile HTML cannot stall the server: documents nested too deep are refused at once, reading runs
// in a worker (the reader page answers meanwhile), and reading that takes too long is stopped.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { importArticle } from "@/lib/server/articles/import-article";
import { readerPage } from "@/lib/server/publications/render-public-pages";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { readHtml } from "./read-html";

const filler = `<p>${"Council members reviewed the tunnel budget and the traffic counts in detail. ".repeat(8)}</p>`;
const nested = (depth: number, copies: number) => {
  const one = `${"<div>".repeat(depth)}Some words to read here.${"</div>".repeat(depth)}`;
  return `<!doctype html><html><head><title>Deep page</title></head><body><article>${filler.repeat(5)}${one.repeat(copies)}</article></body></html>`;
};

let editor: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
});

describe("hostile HTML", () => {
  it("refuses a page nested 600 levels deep at once, with a clear import error", async () => {
    const hostile = nested(600, 1);
    expect(hostile.length).toBeLessThan(12_000);
    await expect(importArticle({ actor: editor, input: { kind: "file", fileName: "deep.html", content: hostile } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("more than 150 levels deep"),
      fieldErrors: { content: [expect.any(String)] },
    });
  });

  it("reads in a worker: the reader page answers while a slow page is still being read", async () => {
    const slow = importArticle({ actor: editor, input: { kind: "file", fileName: "slow.html", content: nested(100, 40) } }).then(
      () => "imported",
      (error: { message: string }) => error.message,
    );
    let importSettled = false;
    void slow.then(() => (importSettled = true));
    // Give the worker the page first.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const page = await readerPage(SAMPLE_ARTICLE.slug, undefined, "https://hostile.example");
    expect(page.status).toBe(200);
    expect(importSettled).toBe(false);
    expect(await slow).toMatch(/imported|took more than/);
  });

  it("stops reading that takes longer than the time limit, and reads the next page normally", async () => {
    await expect(readHtml({ kind: "page", html: nested(100, 40), pageUrl: null }, { timeLimitMs: 200 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("took more than"),
    });
    const ordinary = `<html><body><article>${filler.repeat(3)}</article></body></html>`;
    await expect(readHtml({ kind: "page", html: ordinary, pageUrl: null })).resolves.toMatchObject({
      plainText: expect.stringContaining("Council members"),
    });
  });

  it("a page stopped for taking too long fails alone: an import read at the same time still succeeds", async () => {
    const ordinary = `<html><body><article>${filler.repeat(3)}</article></body></html>`;
    const [slow, fine] = await Promise.allSettled([
      readHtml({ kind: "page", html: nested(100, 40), pageUrl: null }, { timeLimitMs: 300 }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => readHtml({ kind: "page", html: ordinary, pageUrl: null })),
    ]);
    expect(slow).toMatchObject({ status: "rejected", reason: { message: expect.stringContaining("took more than") } });
    expect(fine).toMatchObject({ status: "fulfilled", value: { plainText: expect.stringContaining("Council members") } });
  });
});
