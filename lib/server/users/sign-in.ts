// One sign-in attempt, checked against the throttle and recorded, whoever calls it (the credentials
// provider, whatever path or body shape the request used). The check and the record of the attempt
// happen under a lock per account and per address, and the attempt counts as a failure until the
// password is found right, so guesses sent in parallel each see the others and cannot slip past
// the count. The password hash is checked outside the lock: parallel sign-ins wait milliseconds.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { forgetOldAttemptsNowAndThen, normalEmail, signInThrottle, type Throttle } from "./sign-in-throttle";
import { verifyCredentials } from "./verify-credentials";

export type SignInOutcome = { actor: Actor | null; throttle: Throttle };

const emailOf = (credentials: unknown) =>
  normalEmail(typeof credentials === "object" && credentials !== null ? (credentials as { email?: unknown }).email : "");

export async function attemptSignIn(credentials: unknown, address: string): Promise<SignInOutcome> {
  const email = emailOf(credentials);
  const reserved = await db.$transaction(async (tx) => {
    // Always account first, then address, so two attempts never wait on each other in a circle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${email}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${address}`}, 0))`;
    const throttle = await signInThrottle({ email, address }, tx);
    if (throttle.blocked) return { throttle, attemptId: null };
    const attempt = await tx.signInAttempt.create({ data: { email, address, succeeded: false }, select: { id: true } });
    return { throttle, attemptId: attempt.id };
  });
  if (reserved.attemptId === null) return { actor: null, throttle: reserved.throttle };
  const actor = await verifyCredentials(credentials);
  await forgetOldAttemptsNowAndThen();
  if (actor) await db.signInAttempt.update({ where: { id: reserved.attemptId }, data: { succeeded: true } });
  return { actor, throttle: reserved.throttle };
}
