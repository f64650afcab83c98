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
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type Role = "ADMIN" | "EDITOR" | "REVIEWER";

const READ_DESK: Permission[] = ["article.read", "claim.read", "claim.comment", "search.use", "audit.read"];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  EDITOR: new Set<Permission>([...READ_DESK, "article.import", "claim.edit", "claim.delete", "claim.submit", "article.publish"]),
  REVIEWER: new Set<Permission>([...READ_DESK, "claim.review", "review-queue.read"]),
  ADMIN: new Set<Permission>(PERMISSIONS),
};

/** Who is acting: the signed-in user as the server knows them (never the client's word). */
export type Actor = { id: string; role: Role; name: string; email: string };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].has(permission);
}

/** Throws UNAUTHENTICATED without an actor and FORBIDDEN when the role lacks the permission. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}
