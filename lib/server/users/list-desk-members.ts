import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";

/** Active accounts a claim can be assigned to (and, later, mentioned). */
export async function listDeskMembers({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.read");
  return db.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } });
}
