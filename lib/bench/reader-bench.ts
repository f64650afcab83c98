// Reader-page throughput at 50 connections against a static page of the same bytes served by
// the same server, as a ratio, with the reader's p99. Next serves .next/static from disk, but only
// the files present when it starts: the copy is written first, then the app is (re)started.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "@/lib/runtime/state";

const COPY_DIR = path.join(projectRoot, ".next", "static", "bench");
export const STATIC_COPY_PATH = "/_next/static/bench/reader-copy.html";

/** Writes the reader page's exact HTML where the server will serve it as a static file. */
export async function writeStaticCopy(readerUrl: string) {
  const html = await (await fetch(readerUrl)).text();
  fs.mkdirSync(COPY_DIR, { recursive: true });
  fs.writeFileSync(path.join(COPY_DIR, "reader-copy.html"), html);
  return { bytes: Buffer.byteLength(html), remove: () => fs.rmSync(COPY_DIR, { recursive: true, force: true }) };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99Ms: result.latency.p99 };
}

export async function benchReader(base: string, slug: string, { seconds = 10 } = {}) {
  const readerUrl = `${base}/f/${slug}`;
  const staticUrl = `${base}${STATIC_COPY_PATH}`;
  if ((await fetch(staticUrl)).status !== 200) throw new Error("The server does not serve the static copy.");
  await load(readerUrl, 2); // warm-up
  const reader = await load(readerUrl, seconds);
  const staticPage = await load(staticUrl, seconds);
  return { reader, staticPage, ratio: reader.rps / staticPage.rps };
}
