// Public pages kept in memory, rendered once: a published version never changes. Keyed by path and
// public origin (the page's links carry the origin). Real pages and "not found" answers live in
// two separate least-recently-used lists, so no number of unknown addresses can push a real page
// out. Publishing, unpublishing and profile changes evict what they change at once, in every app
// process (forget-pages.ts announces it through Postgres); the short lifetime is a last resort.
import { gzipSync } from "node:zlib";
import { changeLogPagePath } from "@/lib/domain/reader/page-address";
import { forgetApiAnswers } from "./api-answer-cache";

const LIFETIME_MS = 30_000;
const MAX_PAGES = 500;
const MAX_MISSES = 1_000;
/**
 * Without PUBLIC_BASE_URL every Host header is an origin: only the most recently used ones keep
 * their pages, so made-up hosts cannot lock the real one out of the cache (set PUBLIC_BASE_URL in
 * production and there is only one).
 */
const MAX_ORIGINS = 8;

/** `html`: the body; `contentType` when it is not an HTML document (a feed). */
export type CachedPage = { status: number; html: string; csp: string; contentType?: string };
/** `gzipped`: compressed once when cached, for clients that accept it. */
export type CacheEntry = { expires: number; page: CachedPage; gzipped: Buffer };
/** `generation`: counts the forgetting, so a page rendered before one is not kept after it. */
type Store = { pages: Map<string, CacheEntry>; misses: Map<string, CacheEntry>; origins: Map<string, true>; generation: number };

// On globalThis: Next may bundle route handlers and server actions as separate module instances.
const holder = globalThis as unknown as { factcheckPageCache?: Store };
const store = () => (holder.factcheckPageCache ??= { pages: new Map(), misses: new Map(), origins: new Map(), generation: 0 });

const keyOf = (path: string, origin: string) => `${origin} ${path}`;

/** A fresh entry, marked as just used; undefined when absent or stale. */
export function peekPage(path: string, origin: string): CacheEntry | undefined {
  const key = keyOf(path, origin);
  for (const list of [store().pages, store().misses]) {
    const hit = list.get(key);
    if (!hit) continue;
    list.delete(key);
    if (hit.expires <= Date.now()) return undefined;
    list.set(key, hit);
    touchOrigin(origin);
    return hit;
  }
  return undefined;
}

/** Marks `origin` as just used; the least recently used one beyond MAX_ORIGINS loses its pages. */
function touchOrigin(origin: string) {
  const { origins } = store();
  origins.delete(origin);
  origins.set(origin, true);
  while (origins.size > MAX_ORIGINS) {
    const oldest = origins.keys().next().value!;
    origins.delete(oldest);
    for (const list of [store().pages, store().misses])
      for (const key of [...list.keys()]) if (key.startsWith(`${oldest} `)) list.delete(key);
  }
}

function keep(path: string, origin: string, page: CachedPage) {
  touchOrigin(origin);
  const [list, max] = page.status === 200 ? [store().pages, MAX_PAGES] : [store().misses, MAX_MISSES];
  while (list.size >= max) list.delete(list.keys().next().value!);
  list.set(keyOf(path, origin), { expires: Date.now() + LIFETIME_MS, page, gzipped: gzipSync(page.html) });
}

/** The cached page for `path`, or `render()`'s, kept when it is a page (200) or a "not found" (404). */
export async function cachedPage(path: string, origin: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
  const hit = peekPage(path, origin);
  if (hit) return hit.page;
  const generation = store().generation;
  const page = await render();
  // Forgotten while it was rendered (a publish in between): it may show the old version.
  if ((page.status === 200 || page.status === 404) && store().generation === generation) keep(path, origin, page);
  return page;
}

/** Forgets every cached page whose path `matches`, for every origin. */
export function forgetPages(matches: (path: string) => boolean): void {
  // The API's published answers are built from the same snapshots: whatever changed a page changed them.
  forgetApiAnswers();
  store().generation++;
  for (const list of [store().pages, store().misses]) {
    for (const key of [...list.keys()]) if (matches(key.slice(key.indexOf(" ") + 1))) list.delete(key);
  }
}

export const HOME_PATH = "/";
export const factCheckPath = (slug: string, version?: number) => `/f/${slug}${version ? `?version=${version}` : ""}`;
export const embedPath = (slug: string, version?: number) => `/embed${factCheckPath(slug, version)}`;
const FEEDS = "/feeds/";

/**
 * After publishing or unpublishing, and after a new revision of the article (its notice and change
 * log): every version of the fact-check, of its embed card and of its change log, their "not found"
 * answers, the home page and the feeds.
 */
export function forgetFactCheckHere(slug: string): void {
  const pages = [factCheckPath(slug), embedPath(slug), changeLogPagePath(slug)];
  forgetPages((path) => path === HOME_PATH || path.startsWith(FEEDS) || pages.some((page) => path === page || path.startsWith(`${page}?`)));
}

/** After a change every page shows (the publisher's name): everything. */
export function forgetAllPagesHere(): void {
  forgetPages(() => true);
}
