import { hashPassword, verifyPassword } from "@/lib/server/users/password";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { signInSchema } from "@/lib/schemas/auth";

// Unknown emails are checked against a real hash too, so response time does not reveal which
// emails have accounts.
let dummyHash: Promise<string> | undefined;

/** The actor for valid credentials of an enabled account; null for anything else, whichever it was. */
export async function verifyCredentials(input: unknown): Promise<Actor | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await (dummyHash ??= hashPassword("no-such-account"))), parsed.data.password);
  if (!user || !valid || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
