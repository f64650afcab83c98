// Accounts: list, change role, disable or enable. The desk never loses its last active admin, and
// nobody disables themselves (they could not undo it).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { updateUserSchema } from "@/lib/schemas/admin";
import { recordAudit } from "../audit/record-audit";
import { closeSessionsOf } from "../sessions/sessions";
import { defineUseCase } from "../use-case";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
}

export const updateUser = defineUseCase(
  { permission: "user.manage", schema: updateUserSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { userId, ...change } = input;
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND", "Account not found.");
    if (userId === actor.id && change.disabled) throw new AppError("INVALID_STATE", "You cannot disable your own account.");
    const losesAdmin = user.role === "ADMIN" && !user.disabled && ((change.role && change.role !== "ADMIN") || change.disabled);
    return db.$transaction(async (tx) => {
      if (losesAdmin) {
        // Counted under a lock on every active admin: two admins disabling each other at once are
        // serialized, and the second sees that only one is left.
        const admins = await tx.$queryRaw<
          { id: string }[]
        >`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND NOT "disabled" ORDER BY "id" FOR UPDATE`;
        if (!admins.some((admin) => admin.id === actor.id)) {
          throw new AppError("FORBIDDEN", "Your own account was just disabled or is no longer an admin, so nothing was changed.");
        }
        if (admins.filter((admin) => admin.id !== userId).length === 0) {
          throw new AppError("INVALID_STATE", "The desk needs at least one active admin: make someone else admin first.");
        }
      }
      const updated = await tx.user.update({ where: { id: userId }, data: change, select: { id: true, role: true, disabled: true } });
      // A disabled account or a new role ends the person's sessions: they sign in to their new desk.
      if ((change.role && change.role !== user.role) || (change.disabled && !user.disabled)) await closeSessionsOf(tx, userId);
      const changes = Object.fromEntries(
        Object.entries(change)
          .filter(([key, value]) => user[key as keyof typeof change] !== value)
          .map(([key, value]) => [key, { before: user[key as keyof typeof change], after: value }]),
      );
      await recordAudit(tx, { actorId: actor.id, entityType: "User", entityId: userId, action: "update", changes });
      return updated;
    });
  },
);
