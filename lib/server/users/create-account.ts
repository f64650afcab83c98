// Creates an account. Admins reach it through assertCan("user.manage"); the operator's command line
// (`npm run user:create`, for the first admin of an install) passes actor "operator".
import { hashPassword } from "@/lib/server/users/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { createAccountSchema } from "@/lib/schemas/user";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../use-case";

export async function createAccount({ actor, input }: { actor: Actor | null | "operator"; input: unknown }) {
  if (actor !== "operator") assertCan(actor, "user.manage");
  const { password, ...account } = parseInput(createAccountSchema, input, "Check the highlighted fields.");
  if (await db.user.findUnique({ where: { email: account.email } })) {
    throw new AppError("CONFLICT", "An account with this email already exists.", { email: ["Already in use."] });
  }
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...account, passwordHash } });
    await recordAudit(tx, {
      actorId: actor === "operator" ? null : actor.id,
      entityType: "User",
      entityId: user.id,
      action: "create",
      changes: { email: account.email, role: account.role, via: actor === "operator" ? "command line" : "admin" },
    });
    return { id: user.id, email: user.email, role: user.role };
  });
}
