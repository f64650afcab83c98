// Import of a 500 KB page through the whole pipeline (fetch over loopback, Readability on jsdom,
// sanitizing, canonical text, hash) against a bare Readability parse of the same page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { importArticleSchema } from "@/lib/schemas/import";
import { prepareRevision } from "@/lib/server/import/prepare-revision";
import { median, timeRuns } from "./stats";
import { pageOfSize } from "./synthetic-article";

export async function benchImport() {
  const html = pageOfSize(500 * 1024);
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report`;
  process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
  try {
    const bare = await timeRuns(() =>
      new Readability(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document).parse(),
    );
    const input = importArticleSchema.parse({ kind: "url", url });
    const ours = await timeRuns(() => prepareRevision(input));
    const bareMs = median(bare);
    const oursMs = median(ours);
    return { pageKb: Math.round(Buffer.byteLength(html) / 1024), bareMs, oursMs, ratio: oursMs / bareMs };
  } finally {
    server.close();
  }
}
