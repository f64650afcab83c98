// Cached public pages answered before Next's router: a fact-check or the home page is rendered once
// by its route handler and then served from memory as fast as a static file, with the same headers —
// "not found" answers too. Anything not cached (first view, expired) goes on to Next.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { publicOrigin } from "@/lib/config/public-origin";
import { askedVersion } from "@/lib/domain/reader/page-address";
import { type CacheEntry, factCheckPath, HOME_PATH, peekPage } from "@/lib/server/publications/page-cache";
import { publicPageHeaders } from "@/lib/server/publications/public-page-response";
import securityHeaders from "../security-headers.json";

const READER_URL = /^\/f\/([a-z0-9-]{1,120})(?:\?version=([^&#]*))?$/;
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));

function cachedPath(url: string): string | null {
  if (url === HOME_PATH) return HOME_PATH;
  const match = READER_URL.exec(url);
  return match ? factCheckPath(match[1]!, askedVersion(match[2] ?? null)) : null;
}

// The full header set of each cached page, built once per entry and encoding.
type Prepared = { plain: { headers: OutgoingHttpHeaders; body: Buffer }; gzip: { headers: OutgoingHttpHeaders; body: Buffer } };
const prepared = new WeakMap<CacheEntry, Prepared>();

function prepare(entry: CacheEntry): Prepared {
  let ready = prepared.get(entry);
  if (!ready) {
    const common = { ...SECURITY, ...publicPageHeaders(entry.page), vary: "Accept-Encoding" };
    const plain = Buffer.from(entry.page.html);
    ready = {
      plain: { body: plain, headers: { ...common, "content-length": plain.length } },
      gzip: { body: entry.gzipped, headers: { ...common, "content-length": entry.gzipped.length, "content-encoding": "gzip" } },
    };
    prepared.set(entry, ready);
  }
  return ready;
}

/** Answers the request from the cache and returns true, or returns false and leaves it alone. */
export function answerFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = cachedPath(req.url ?? "");
  const hit = path && peekPage(path, publicOrigin(req.headers));
  if (!hit) return false;
  const answer = prepare(hit)[/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? "gzip" : "plain"];
  res.writeHead(hit.page.status, answer.headers);
  res.end(req.method === "HEAD" ? undefined : answer.body);
  return true;
}
