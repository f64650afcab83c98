// API rate limits, counted in Postgres so that every app process agrees: requests per caller (a
// token, or an address for anonymous calls) in fixed one-minute windows.
import { db } from "@/lib/db";

const WINDOW_MS = 60_000;

export type RateDecision =
  { allowed: true; remaining: number; limit: number } | { allowed: false; retryAfterSeconds: number; limit: number };

const perMinute = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Requests a minute: API_RATE_LIMIT (tokens, default 600) and API_ANONYMOUS_RATE_LIMIT (per address, default 120). */
export const rateLimits = () => ({ token: perMinute("API_RATE_LIMIT", 600), anonymous: perMinute("API_ANONYMOUS_RATE_LIMIT", 120) });

type Bucket = { windowStart: number; known: number; pending: number; synced: boolean; timer: ReturnType<typeof setTimeout> | null };

/** How long a process gathers its own requests before adding them to the shared count. */
const FLUSH_MS = 100;
const buckets = new Map<string, Bucket>();

/** Adds this process's pending requests to the shared count and learns the total. */
async function flush(key: string, bucket: Bucket) {
  const count = bucket.pending;
  bucket.pending = 0;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count") VALUES (${key}, ${new Date(bucket.windowStart)}, ${count})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + ${count}
    RETURNING "count"`;
  bucket.known = Math.max(bucket.known, Number(row!.count));
  bucket.synced = true;
}

function bucketFor(key: string, windowStart: number): Bucket {
  const bucket = buckets.get(key);
  if (bucket?.windowStart === windowStart) return bucket;
  if (buckets.size > 50_000) for (const [name, old] of buckets) if (old.windowStart < windowStart && !old.timer) buckets.delete(name);
  const fresh: Bucket = { windowStart, known: 0, pending: 0, synced: false, timer: null };
  buckets.set(key, fresh);
  return fresh;
}

/**
 * Counts one request of `key` in the current window. Each process learns the shared count on its
 * first request of a window, then counts locally and adds its requests to Postgres every 100 ms:
 * one write per caller and process every 100 ms instead of one per request (a hot row under load
 * held the API to a few hundred requests a second). Across processes a caller may exceed the
 * limit by what the other processes admitted in the last 100 ms.
 */
export async function takeRequest(key: string, limit: number, now = new Date()): Promise<RateDecision> {
  const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  const bucket = bucketFor(key, windowStart);
  const refused = (): RateDecision => ({
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now.getTime()) / 1000)),
    limit,
  });
  if (bucket.known + bucket.pending >= limit) return refused();
  bucket.pending++;
  if (!bucket.synced) {
    await flush(key, bucket);
    if (bucket.known > limit) return refused();
  } else if (!bucket.timer) {
    bucket.timer = setTimeout(() => {
      bucket.timer = null;
      flush(key, bucket).catch((error: unknown) => console.error(error));
    }, FLUSH_MS);
    bucket.timer.unref?.();
  }
  // Now and then, forget windows that are over.
  if (Math.random() < 0.001) await db.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(windowStart - WINDOW_MS) } } });
  return { allowed: true, remaining: Math.max(0, limit - bucket.known - bucket.pending), limit };
}
