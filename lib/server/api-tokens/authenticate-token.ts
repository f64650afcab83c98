// The actor behind an `Authorization: Bearer …` header: the token's scope decides what it may do
// (lib/permissions.ts), while its creator is an enabled admin; a missing header is an anonymous
// caller; anything else is refused, so a typo in a script never silently falls back to anonymous.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { tokenHash } from "./token-secret";

const BEARER = /^Bearer\s+(\S{1,200})\s*$/i;

export async function actorForAuthorization(header: string | null): Promise<Actor | null> {
  if (header === null || header.trim() === "") return null;
  const secret = BEARER.exec(header)?.[1];
  if (!secret) throw new AppError("UNAUTHENTICATED", "Send the API token as `Authorization: Bearer <token>`.");
  const token = await db.apiToken.findUnique({
    where: { tokenHash: tokenHash(secret) },
    select: {
      id: true,
      name: true,
      scope: true,
      revokedAt: true,
      createdBy: { select: { id: true, role: true, email: true, name: true, disabled: true } },
    },
  });
  if (!token) throw new AppError("UNAUTHENTICATED", "This API token is not known. Check it, or ask an admin for a new one.");
  if (token.revokedAt)
    throw new AppError("UNAUTHENTICATED", `This API token ("${token.name}") was revoked on ${token.revokedAt.toISOString().slice(0, 10)}.`);
  // A token speaks for the admin who made it: it stops when they are disabled or no longer an admin.
  if (token.createdBy.disabled || token.createdBy.role !== "ADMIN")
    throw new AppError(
      "UNAUTHENTICATED",
      `This API token ("${token.name}") stopped working: ${token.createdBy.name}, who created it, is no longer an active admin. Ask an admin for a new token.`,
    );
  return {
    id: token.createdBy.id,
    role: token.createdBy.role,
    email: token.createdBy.email,
    name: `API token "${token.name}"`,
    token: { id: token.id, name: token.name, scope: token.scope },
  };
}

/** Records a token's use in the audit log (with its name) and when it was last used. */
export async function recordTokenUse(actor: Actor, request: { method: string; path: string; status: number }): Promise<void> {
  if (!actor.token) return;
  const now = new Date();
  await db.$transaction([
    db.auditEvent.create({
      data: {
        actorId: null,
        entityType: "ApiToken",
        entityId: actor.token.id,
        action: "use",
        changes: { token: actor.token.name, ...request },
      },
    }),
    db.apiToken.update({ where: { id: actor.token.id }, data: { lastUsedAt: now } }),
  ]);
}
