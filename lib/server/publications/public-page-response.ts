// A cached public page as an HTTP response: the route handlers' and the fast path's shared headers.
import type { CachedPage } from "./page-cache";

export function publicPageHeaders(page: CachedPage): Record<string, string> {
  return {
    "content-type": page.contentType ?? "text/html; charset=utf-8",
    "content-security-policy": page.csp,
    // Shared caches may keep a page briefly; publishing shows the new version within a minute.
    "cache-control": page.status === 200 ? "public, max-age=60, stale-while-revalidate=300" : "no-store",
  };
}

/** `extra`: headers of this route only (a feed's CORS permission). */
export function publicPageResponse(page: CachedPage, extra: Record<string, string> = {}): Response {
  return new Response(page.html, { status: page.status, headers: { ...publicPageHeaders(page), ...extra } });
}
