import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { findActor } from "@/lib/server/users/find-actor";

/** The actor of a seeded account, as the server would see them signed in. */
export async function actorFor(email: string): Promise<Actor> {
  const actor = await findActor((await db.user.findUniqueOrThrow({ where: { email } })).id);
  if (!actor) throw new Error(`${email} cannot act: the account is disabled.`);
  return actor;
}
