// Time until the workbench is interactive for a 20,000-word article with 500 claims, in headless
// Chromium: from navigation start until every claim is drawn and "Mark as claim" is on the page.
import { chromium } from "@playwright/test";
import { db } from "@/lib/db";
import { findActor } from "@/lib/server/users/find-actor";
import { importArticle } from "@/lib/server/articles/import-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { median } from "./stats";
import { pageOfWords } from "./synthetic-article";

export const CLAIM_COUNT = 500;

/** Imports the long article and marks 500 claims spread over it, through the real use-cases. */
export async function seedLongArticle() {
  const user = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
  const actor = (await findActor(user.id))!;
  const { articleId } = await importArticle({ actor, input: { kind: "file", fileName: "long.html", content: pageOfWords(20_000) } });
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  const text = revision.plainText;
  const sentences = [...text.matchAll(/[^.\n]{20,}\./g)];
  const step = sentences.length / CLAIM_COUNT;
  for (let i = 0; i < CLAIM_COUNT; i++) {
    const match = sentences[Math.floor(i * step)]!;
    await createClaim({ actor, input: { articleId, start: match.index, end: match.index + match[0].length } });
  }
  return { articleId, words: text.split(/\s+/).length };
}

export async function benchWorkbench(base: string, articleId: string, { runs = 5 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill("editor@example.org");
    await page.getByLabel("Password").fill(process.env.DEMO_PASSWORD || "factcheck-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.goto(`${base}/articles/${articleId}`, { waitUntil: "commit" });
      await page.waitForFunction(
        (count) => document.querySelectorAll("mark[data-claim-id]").length >= count && !!document.querySelector("[aria-keyshortcuts]"),
        CLAIM_COUNT,
        { polling: "raf", timeout: 60_000 },
      );
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first load warms the server's caches
    }
    return { medianMs: median(times), times };
  } finally {
    await browser.close();
  }
}
