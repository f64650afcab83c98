// Server-side sessions behind the session cookie: a sign-in opens one, and it counts only while its
// row says so. Signing out closes it; disabling an account or changing its role closes all of the
// person's sessions (they sign in again and get their new role's desk).
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/permissions";

export const SESSION_HOURS = 12;

export async function openSession(userId: string): Promise<string> {
  const session = await db.session.create({ data: { userId, expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000) } });
  return session.id;
}

export async function closeSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string") return;
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Inside the transaction that disables an account or changes its role. */
export async function closeSessionsOf(tx: Tx, userId: string): Promise<void> {
  await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The actor of an open session: null when the session was closed or expired, or the account is disabled. */
export async function sessionActor(sessionId: unknown, userId: unknown): Promise<Actor | null> {
  if (typeof sessionId !== "string" || typeof userId !== "string") return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabled: false } },
    select: { user: { select: { id: true, role: true, name: true, email: true } } },
  });
  return session?.user ?? null;
}
