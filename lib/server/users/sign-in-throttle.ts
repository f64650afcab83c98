// Wrong passwords are throttled per account and per address: after MAX_FAILURES failures within
// WINDOW_MS, sign-in is refused (429) until the oldest of them is a window old — the right password
// included, or guessing would simply continue. Kept in Postgres, so every app process agrees.
import { db, type Db, type Tx } from "@/lib/db";

export const MAX_FAILURES = 10;
export const WINDOW_MS = 60_000;
const KEPT_MS = 24 * 3_600_000;

export type Throttle = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export const normalEmail = (email: unknown) => (typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "");

/** Whether a sign-in for `email` from `address` may be tried now. */
export async function signInThrottle(
  {
    email,
    address,
    now = new Date(),
  }: {
    email: unknown;
    address: string;
    now?: Date;
  },
  client: Db | Tx = db,
): Promise<Throttle> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const recent = (where: object) =>
    client.signInAttempt.findMany({
      where: { ...where, succeeded: false, at: { gt: since, lte: now } },
      orderBy: { at: "desc" },
      take: MAX_FAILURES,
      select: { at: true },
    });
  // One after the other: a transaction's connection runs one query at a time.
  const byAccount = await recent({ email: normalEmail(email) });
  const byAddress = await recent({ address });
  const full = [byAccount, byAddress].filter((failures) => failures.length >= MAX_FAILURES);
  if (full.length === 0) return { blocked: false };
  // Free again when the oldest of the last MAX_FAILURES failures leaves the window.
  const freeAt = Math.max(...full.map((failures) => failures.at(-1)!.at.getTime() + WINDOW_MS));
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

export async function recordSignInAttempt({
  email,
  address,
  succeeded,
  now = new Date(),
}: {
  email: unknown;
  address: string;
  succeeded: boolean;
  now?: Date;
}) {
  await db.signInAttempt.create({ data: { email: normalEmail(email), address, succeeded, at: now } });
  await forgetOldAttemptsNowAndThen(now);
}

/** Now and then, forget attempts nobody will ask about again. */
export async function forgetOldAttemptsNowAndThen(now = new Date()) {
  if (Math.random() < 0.02) await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEPT_MS) } } });
}

export { THROTTLED_MESSAGE } from "@/lib/schemas/auth";
