// Public pages under load: the home page and a fact-check, at 50 connections, each against a bare
// Node server (its own process) sending the same bytes — the ratio says what the app's own work
// costs. gzip is asked for, as browsers do; the bare server sends the bytes it is given as they are.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const BARE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": body.length });
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.send && process.send("ready"));`;

async function bareServer(html: string, port: number): Promise<{ url: string; stop: () => void }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-bare-")), "page.html.gz");
  fs.writeFileSync(file, gzipSync(html));
  const child: ChildProcess = spawn(process.execPath, ["-e", BARE_SERVER, file, String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server stopped (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers: { "accept-encoding": "gzip" } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99Ms: result.latency.p99 };
}

export type PageUnderLoad = {
  path: string;
  bytes: number;
  app: { rps: number; p99Ms: number };
  bare: { rps: number; p99Ms: number };
  ratio: number;
};

/** Each path of the app against the same bytes from a bare server. */
export async function benchPublicPages(base: string, paths: string[], { seconds = 8 } = {}): Promise<PageUnderLoad[]> {
  const results: PageUnderLoad[] = [];
  for (const [index, pagePath] of paths.entries()) {
    const html = await (await fetch(`${base}${pagePath}`)).text();
    const bare = await bareServer(html, 3290 + index);
    try {
      await load(`${base}${pagePath}`, 2); // warm-up
      const app = await load(`${base}${pagePath}`, seconds);
      const plain = await load(bare.url, seconds);
      results.push({ path: pagePath, bytes: Buffer.byteLength(html), app, bare: plain, ratio: app.rps / plain.rps });
    } finally {
      bare.stop();
    }
  }
  return results;
}
