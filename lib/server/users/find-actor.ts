import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";

/** The current actor for a session's user id: null when the account is gone or disabled. */
export async function findActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, name: true, email: true, disabled: true },
  });
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
