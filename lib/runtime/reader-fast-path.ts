// Cached reader pages answered before Next's router: a published fact-check is rendered once by
// its route handler (app/f/[slug]/route.ts) and then served from memory as fast as a static file,
// with the same headers. Anything not cached (first view, expired, unknown) goes on to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { publicOrigin } from "@/lib/config/public-origin";
import { peekReaderPage } from "@/lib/server/publications/reader-page-cache";
import securityHeaders from "../security-headers.json";

const READER_URL = /^\/f\/([a-z0-9-]{1,120})(?:\?version=(\d{1,6}))?$/;
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));

/** Answers the request from the cache and returns true, or returns false and leaves it alone. */
export function answerFromReaderCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const match = READER_URL.exec(req.url ?? "");
  const hit = match && peekReaderPage(match[1]!, match[2] ? Number(match[2]) : undefined, publicOrigin(req.headers));
  if (!hit || hit.page.status !== 200) return false;
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? hit.gzipped : Buffer.from(hit.page.html);
  res.writeHead(200, {
    ...SECURITY,
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": hit.page.csp,
    "cache-control": "public, max-age=60, stale-while-revalidate=300",
    vary: "Accept-Encoding",
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
