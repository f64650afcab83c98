// Rendered reader pages, kept in memory: a published version never changes, so a page is rendered
// once and served from here. Publishing and unpublishing evict the slug at once; the short lifetime
// covers changes made by another process (a seed, a second server).
import { gzipSync } from "node:zlib";
const LIFETIME_MS = 30_000;
const MAX_PAGES = 500;

export type CachedPage = { status: number; html: string; csp: string };
/** `gzipped`: compressed once when cached, for clients that accept it. */
type Entry = { expires: number; page: CachedPage; gzipped: Buffer };

// On globalThis: Next may bundle route handlers and server actions as separate module instances.
const store = globalThis as unknown as { factcheckReaderPages?: Map<string, Entry> };
const pages = () => (store.factcheckReaderPages ??= new Map());

// Keyed by the public origin too: the page's links and ClaimReview carry it.
const keyOf = (slug: string, version: number | undefined, origin: string) => `${slug}@${version ?? "latest"}@${origin}`;

export async function cachedReaderPage(slug: string, version: number | undefined, origin: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
  const key = keyOf(slug, version, origin);
  const hit = pages().get(key);
  if (hit && hit.expires > Date.now()) return hit.page;
  const page = await render();
  if (pages().size >= MAX_PAGES) pages().delete(pages().keys().next().value!);
  pages().set(key, { expires: Date.now() + LIFETIME_MS, page, gzipped: gzipSync(page.html) });
  return page;
}

/** A fresh cached page, without rendering anything (the server's fast path). */
export function peekReaderPage(slug: string, version: number | undefined, origin: string): (Entry & { page: CachedPage }) | undefined {
  const hit = pages().get(keyOf(slug, version, origin));
  return hit && hit.expires > Date.now() ? hit : undefined;
}

/** Forgets every cached version of a fact-check (after publishing or unpublishing it). */
export function forgetReaderPages(slug: string): void {
  for (const key of pages().keys()) if (key.startsWith(`${slug}@`)) pages().delete(key);
}
