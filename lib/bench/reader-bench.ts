// Public pages under load: the home page and a fact-check, at 50 connections, each against a bare
// Node server (its own process) sending the same bytes — the same headers and the same gzip'd body,
// captured from the app — so the ratio says what the app's own work costs.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const BARE_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
const headers = JSON.parse(fs.readFileSync(process.argv[1] + ".headers", "utf8"));
http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => process.send && process.send("ready"));`;

/** The app's answer as it goes over the wire: headers and the raw (gzip'd) body. */
function capture(url: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

async function bareServer(url: string, port: number): Promise<{ url: string; bytes: number; stop: () => void }> {
  const { headers, body } = await capture(url);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-bare-")), "page.body");
  fs.writeFileSync(file, body);
  // Per-connection headers are the bare server's own business.
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !["date", "connection", "keep-alive"].includes(name)));
  fs.writeFileSync(`${file}.headers`, JSON.stringify(kept));
  const child: ChildProcess = spawn(process.execPath, ["-e", BARE_SERVER, file, String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`the bare server stopped (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/`, bytes: body.length, stop: () => child.kill() };
}

export async function load(url: string, seconds: number) {
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
    await load(`${base}${pagePath}`, 2); // warm-up (and the page is cached)
    const bare = await bareServer(`${base}${pagePath}`, 3290 + index);
    try {
      const app = await load(`${base}${pagePath}`, seconds);
      const plain = await load(bare.url, seconds);
      results.push({ path: pagePath, bytes: bare.bytes, app, bare: plain, ratio: app.rps / plain.rps });
    } finally {
      bare.stop();
    }
  }
  return results;
}
