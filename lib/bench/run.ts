// `npm run bench`: the project's speed targets, measured (never asserted in tests).
//  1. import of a 500 KB page vs a bare Readability parse (target ≤ 1.3×)
//  2. workbench interactive with 20,000 words and 500 claims in headless Chromium (target < 1 s)
//  3. home and reader pages, requests/s at 50 connections vs a bare Node server sending the same
//     bytes (≥ 0.8×, p99 < 50 ms)
//  4. API v1: published fact-checks and similar claims, requests/s at 50 connections vs the reader page
//  5. re-anchoring 1,000 claims in a revised 100,000-character article vs Hypothesis-style matching
//     (target ≥ 10× faster; every unchanged quote in place, ≥ 95 % of edited ones Moved, none wrong)
import { disconnectDb } from "@/lib/db";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { startBenchDatabase, serveApp } from "./bench-app";
import { benchApi } from "./api-bench";
import { benchImport } from "./import-bench";
import { benchReanchoring } from "./reanchor-bench";
import { benchPublicPages } from "./reader-bench";
import { benchWorkbench, CLAIM_COUNT, seedLongArticle } from "./workbench-bench";

const log = (line: string) => console.log(`[bench] ${line}`);
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main() {
  // The bench loads the API from one address: its per-address limit would answer 429.
  process.env.API_ANONYMOUS_RATE_LIMIT = "1000000000";
  log("1/5 import of a 500 KB page…");
  const importing = await benchImport();
  const importLine = `import ${importing.pageKb} KB page: ${ms(importing.oursMs)} vs bare Readability ${ms(importing.bareMs)} = ${importing.ratio.toFixed(2)}× (target ≤ 1.3×, ${verdict(importing.ratio <= 1.3)})`;
  log(importLine);

  log("5/5 re-anchoring 1,000 claims in a revised 100,000-character article (run first: no database needed)…");
  const anchoring = benchReanchoring();
  const c = anchoring.counts;
  const anchoringOk = anchoring.ratio >= 10 && c.unchangedRight === c.unchanged && c.editedMoved >= 0.95 * c.edited && c.wrong === 0;
  const anchoringLine = `re-anchoring ${anchoring.claims} claims in ${anchoring.characters.toLocaleString("en")} characters: ${ms(anchoring.oursMs)} vs approx-string-match with Hypothesis' settings ${ms(anchoring.baselineMs)} = ${anchoring.ratio.toFixed(1)}× faster; unchanged quotes in place ${c.unchangedRight}/${c.unchanged}, edited quotes Moved to the right words ${c.editedMoved}/${c.edited}, deleted quotes orphaned ${c.deletedOrphaned}/${c.deleted}, attached to wrong text ${c.wrong} (target ≥ 10×, all unchanged, ≥ 95 % edited, 0 wrong: ${verdict(anchoringOk)})`;
  log(anchoringLine);

  log("Starting a throw-away database and the production app…");
  const database = await startBenchDatabase(log);
  let app: Awaited<ReturnType<typeof serveApp>> | undefined;
  try {
    const article = await seedLongArticle();
    await disconnectDb();
    const start = () =>
      serveApp({
        databaseUrl: database.url,
        ownerUrl: database.ownerUrl,
        dataDir: database.dir,
        port: Number(process.env.BENCH_PORT ?? 3200),
      });
    app = await start();

    log(`2/5 workbench with ${article.words.toLocaleString("en")} words and ${CLAIM_COUNT} claims…`);
    const workbench = await benchWorkbench(app.base, article.articleId);
    const workbenchLine = `workbench interactive: median ${ms(workbench.medianMs)} over ${workbench.times.length} loads (${workbench.times.map(ms).join(", ")}) (target < 1 s, ${verdict(workbench.medianMs < 1000)})`;
    log(workbenchLine);

    log("3/5 public pages under load (50 connections) against a bare Node server with the same bytes…");
    const pages = await benchPublicPages(app.base, ["/", `/f/${SAMPLE_ARTICLE.slug}`]);
    const pageLines = pages.map(
      (page) =>
        `${page.path === "/" ? "home page" : "reader page"} (${(page.bytes / 1024).toFixed(1)} KB gzip'd): ${page.app.rps.toFixed(0)} req/s, p99 ${ms(page.app.p99Ms)}; bare server ${page.bare.rps.toFixed(0)} req/s = ${page.ratio.toFixed(2)}× (target ≥ 0.8× and p99 < 50 ms, ${verdict(page.ratio >= 0.8 && page.app.p99Ms < 50)})`,
    );
    pageLines.forEach((line) => log(line));

    log("4/5 API v1 under load (50 connections) against the reader page…");
    const api = await benchApi(app.base, `/f/${SAMPLE_ARTICLE.slug}`);
    const apiLines = api.results.map(
      (result) =>
        `API ${result.path.split("?")[0]}: ${result.rps.toFixed(0)} req/s, p99 ${ms(result.p99Ms)} = ${result.ratio.toFixed(2)}× the reader page (${api.reader.rps.toFixed(0)} req/s in this run)`,
    );
    apiLines.forEach((line) => log(line));

    console.log(
      `\nResults (${new Date().toISOString().slice(0, 10)}, ${(await import("node:os")).cpus().length} cores)\n- ${[importLine, workbenchLine, ...pageLines, ...apiLines, anchoringLine].join("\n- ")}`,
    );
  } finally {
    await app?.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
