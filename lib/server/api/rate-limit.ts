// API rate limits, counted in Postgres so that every app process agrees: requests per caller (a
// token, or an address for anonymous calls) in fixed one-minute windows. One upsert per request.
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

export async function takeRequest(key: string, limit: number, now = new Date()): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  // Now and then, forget windows that are over.
  if (Math.random() < 0.01)
    await db.apiRateWindow.deleteMany({ where: { windowStart: { lt: new Date(windowStart.getTime() - WINDOW_MS) } } });
  const count = Number(row!.count);
  if (count <= limit) return { allowed: true, remaining: limit - count, limit };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000)), limit };
}
