// Admins create, list and revoke API tokens. A token is shown once, at creation; the database keeps
// only its hash. Names are unique among tokens in use, so the audit log's token names are unambiguous.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/api-token";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";
import { newTokenSecret, tokenHash, visiblePrefix } from "./token-secret";
import { literalPattern } from "@/lib/domain/text/literal-pattern";

export const createApiToken = defineUseCase(
  { permission: "api-token.manage", schema: createApiTokenSchema, invalid: "Check the token's name and scope." },
  async ({ actor, input }) => {
    const secret = newTokenSecret();
    const scope = input.scope === "write" ? "WRITE" : "READ";
    const token = await db.$transaction(async (tx) => {
      const clash = await tx.apiToken.findFirst({
        where: { name: { equals: literalPattern(input.name), mode: "insensitive" }, revokedAt: null },
      });
      if (clash)
        throw new AppError("CONFLICT", "A token in use already has that name.", { name: ["Choose another name: a token in use has it."] });
      const created = await tx.apiToken.create({
        data: { name: input.name, scope, tokenHash: tokenHash(secret), prefix: visiblePrefix(secret), createdById: actor.id },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "ApiToken",
        entityId: created.id,
        action: "create",
        changes: { name: input.name, scope },
      });
      return created;
    });
    return { id: token.id, name: token.name, scope: token.scope, token: secret };
  },
);

export const revokeApiToken = defineUseCase(
  { permission: "api-token.manage", schema: revokeApiTokenSchema, invalid: "Choose a token." },
  async ({ actor, input }) => {
    return db.$transaction(async (tx) => {
      const token = await tx.apiToken.findUnique({ where: { id: input.tokenId } });
      if (!token) throw new AppError("NOT_FOUND", "That token does not exist.");
      if (token.revokedAt) throw new AppError("INVALID_STATE", "That token is already revoked.");
      const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "ApiToken",
        entityId: token.id,
        action: "revoke",
        changes: { name: token.name },
      });
      return { id: revoked.id, name: revoked.name };
    });
  },
);

/** Every token, newest first, without secrets (there are none to show). */
export async function listApiTokens(actor: Actor | null) {
  assertCan(actor, "api-token.manage");
  return db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, disabled: true, role: true } },
    },
  });
}
