// The secret of an API token and the only form of it the database keeps. Tokens are 192 random
// bits, so a fast hash is enough: nobody can guess one to test against the hash.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "fcw_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
}

export function tokenHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What the token list shows, so people can tell their tokens apart. */
export const visiblePrefix = (secret: string) => `${secret.slice(0, TOKEN_PREFIX.length + 6)}…`;
