// The one role → permission table. Every use-case asks it through assertCan().
import { AppError } from "./errors";

export const PERMISSIONS = [
  "article.read",
  "article.import",
  "claim.read",
  "claim.edit",
  "claim.delete",
  "claim.submit",
  "claim.review",
  "claim.comment",
  "article.publish",
  "review-queue.read",
  "search.use",
  "audit.read",
  "user.manage",
  "rating-scale.manage",
  "publisher.manage",
  "api-token.manage",
  "reference.import",
  "claims.export",
  "notifications.use",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type Role = "ADMIN" | "EDITOR" | "REVIEWER";

// notifications.use is a person's own inbox and settings: never an API token's (TOKEN_PERMISSIONS).
const READ_DESK: Permission[] = [
  "article.read",
  "claim.read",
  "claim.comment",
  "search.use",
  "audit.read",
  "claims.export",
  "notifications.use",
];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  EDITOR: new Set<Permission>([...READ_DESK, "article.import", "claim.edit", "claim.delete", "claim.submit", "article.publish"]),
  REVIEWER: new Set<Permission>([...READ_DESK, "claim.review", "review-queue.read"]),
  ADMIN: new Set<Permission>(PERMISSIONS),
};

export type TokenScope = "READ" | "WRITE";

// An API token may do what its scope allows, whoever created it: reading the desk's claims, and
// with "write" also adding to the reference archive.
const TOKEN_READ: Permission[] = ["article.read", "claim.read", "search.use", "claims.export"];
const TOKEN_PERMISSIONS: Record<TokenScope, ReadonlySet<Permission>> = {
  READ: new Set(TOKEN_READ),
  WRITE: new Set<Permission>([...TOKEN_READ, "reference.import"]),
};

/**
 * Who is acting: the signed-in user as the server knows them (never the client's word), or an
 * API token (`token` set; id, name and email are then those of the admin who created it).
 */
export type Actor = { id: string; role: Role; name: string; email: string; token?: { id: string; name: string; scope: TokenScope } };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.token) return TOKEN_PERMISSIONS[actor.token.scope].has(permission);
  return ROLE_PERMISSIONS[actor.role].has(permission);
}

/** Throws UNAUTHENTICATED without an actor and FORBIDDEN when the role lacks the permission. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor, permission))
    throw new AppError(
      "FORBIDDEN",
      actor.token ? `This token's scope (${actor.token.scope.toLowerCase()}) does not allow this.` : "Your role does not allow this.",
    );
}
