// Rendered reader pages, kept in memory: a published version never changes, so a page is rendered
// once and served from here. Publishing and unpublishing evict the slug at once; the short lifetime
// covers changes made by another process (a seed, a second server).
const LIFETIME_MS = 30_000;
const MAX_PAGES = 500;

export type CachedPage = { status: number; html: string; csp: string };
type Entry = { expires: number; page: CachedPage };

// On globalThis: Next may bundle route handlers and server actions as separate module instances.
const store = globalThis as unknown as { factcheckReaderPages?: Map<string, Entry> };
const pages = () => (store.factcheckReaderPages ??= new Map());

export async function cachedReaderPage(slug: string, version: number | undefined, render: () => Promise<CachedPage>): Promise<CachedPage> {
  const key = `${slug}@${version ?? "latest"}`;
  const hit = pages().get(key);
  if (hit && hit.expires > Date.now()) return hit.page;
  const page = await render();
  if (pages().size >= MAX_PAGES) pages().delete(pages().keys().next().value!);
  pages().set(key, { expires: Date.now() + LIFETIME_MS, page });
  return page;
}

/** Forgets every cached version of a fact-check (after publishing or unpublishing it). */
export function forgetReaderPages(slug: string): void {
  for (const key of pages().keys()) if (key.startsWith(`${slug}@`)) pages().delete(key);
}
