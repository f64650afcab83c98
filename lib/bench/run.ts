// `npm run bench`: the project's speed targets, measured (never asserted in tests).
//  1. import of a 500 KB page vs a bare Readability parse (target ≤ 1.3×)
//  2. workbench interactive with 20,000 words and 500 claims in headless Chromium (target < 1 s)
//  3. reader page requests/s at 50 connections vs a static page of the same size (≥ 0.9×, p99 < 50 ms)
import { disconnectDb } from "@/lib/db";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { startBenchDatabase, serveApp } from "./bench-app";
import { benchImport } from "./import-bench";
import { benchReader, writeStaticCopy } from "./reader-bench";
import { benchWorkbench, CLAIM_COUNT, seedLongArticle } from "./workbench-bench";

const log = (line: string) => console.log(`[bench] ${line}`);
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main() {
  log("1/3 import of a 500 KB page…");
  const importing = await benchImport();
  const importLine = `import ${importing.pageKb} KB page: ${ms(importing.oursMs)} vs bare Readability ${ms(importing.bareMs)} = ${importing.ratio.toFixed(2)}× (target ≤ 1.3×, ${verdict(importing.ratio <= 1.3)})`;
  log(importLine);

  log("Starting a throw-away database and the production app…");
  const database = await startBenchDatabase(log);
  let app: Awaited<ReturnType<typeof serveApp>> | undefined;
  try {
    const article = await seedLongArticle();
    await disconnectDb();
    const start = () => serveApp({ databaseUrl: database.url, dataDir: database.dir, port: Number(process.env.BENCH_PORT ?? 3200) });
    app = await start();

    log(`2/3 workbench with ${article.words.toLocaleString("en")} words and ${CLAIM_COUNT} claims…`);
    const workbench = await benchWorkbench(app.base, article.articleId);
    const workbenchLine = `workbench interactive: median ${ms(workbench.medianMs)} over ${workbench.times.length} loads (${workbench.times.map(ms).join(", ")}) (target < 1 s, ${verdict(workbench.medianMs < 1000)})`;
    log(workbenchLine);

    log("3/3 reader page under load (50 connections)…");
    const copy = await writeStaticCopy(`${app.base}/f/${SAMPLE_ARTICLE.slug}`);
    await app.stop();
    app = await start();
    const reader = await benchReader(app.base, SAMPLE_ARTICLE.slug).finally(copy.remove);
    const readerLine = `reader page (${Math.round(copy.bytes / 1024)} KB): ${reader.reader.rps.toFixed(0)} req/s, p99 ${ms(reader.reader.p99Ms)}; static copy ${reader.staticPage.rps.toFixed(0)} req/s = ${reader.ratio.toFixed(2)}× (target ≥ 0.9× and p99 < 50 ms, ${verdict(reader.ratio >= 0.9 && reader.reader.p99Ms < 50)})`;
    log(readerLine);

    console.log(`\nResults (${new Date().toISOString().slice(0, 10)}, ${(await import("node:os")).cpus().length} cores)\n- ${importLine}\n- ${workbenchLine}\n- ${readerLine}`);
  } finally {
    await app?.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
