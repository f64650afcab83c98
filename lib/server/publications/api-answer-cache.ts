// Anonymous answers of API v1's public, cacheable endpoints (published fact-checks, one
// fact-check, its annotations), kept in memory for a short time: each is built from publication
// snapshots that never change, and reading those snapshots back from Postgres held the list to a
// few hundred answers a second. Dropped with the public pages on publish, unpublish, a new
// revision or a profile change (page-cache.ts); the lifetime covers other processes.
const LIFETIME_MS = 30_000;
const MAX_ANSWERS = 500;

type Answer = { expires: number; body: string };
const holder = globalThis as unknown as { factcheckApiAnswers?: Map<string, Answer> };
const answers = () => (holder.factcheckApiAnswers ??= new Map());

export function cachedApiAnswer(key: string): string | undefined {
  const hit = answers().get(key);
  if (!hit) return undefined;
  answers().delete(key);
  if (hit.expires <= Date.now()) return undefined;
  answers().set(key, hit);
  return hit.body;
}

export function keepApiAnswer(key: string, body: string): void {
  const store = answers();
  store.set(key, { expires: Date.now() + LIFETIME_MS, body });
  while (store.size > MAX_ANSWERS) store.delete(store.keys().next().value!);
}

export function forgetApiAnswers(): void {
  answers().clear();
}
