// Cached public pages answered before Next's router: a fact-check or the home page is rendered once
// by its route handler and then served from memory as fast as a static file, with the same headers —
// "not found" answers too. Anything not cached (first view, expired) goes on to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { publicOrigin } from "@/lib/config/public-origin";
import { askedVersion } from "@/lib/domain/reader/page-address";
import { factCheckPath, HOME_PATH, peekPage } from "@/lib/server/publications/page-cache";
import { publicPageHeaders } from "@/lib/server/publications/public-page-response";
import securityHeaders from "../security-headers.json";

const READER_URL = /^\/f\/([a-z0-9-]{1,120})(?:\?version=([^&#]*))?$/;
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));

function cachedPath(url: string): string | null {
  if (url === HOME_PATH) return HOME_PATH;
  const match = READER_URL.exec(url);
  return match ? factCheckPath(match[1]!, askedVersion(match[2] ?? null)) : null;
}

/** Answers the request from the cache and returns true, or returns false and leaves it alone. */
export function answerFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = cachedPath(req.url ?? "");
  const hit = path && peekPage(path, publicOrigin(req.headers));
  if (!hit) return false;
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? hit.gzipped : Buffer.from(hit.page.html);
  res.writeHead(hit.page.status, {
    ...SECURITY,
    ...publicPageHeaders(hit.page),
    vary: "Accept-Encoding",
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
