import { createHash } from "node:crypto";

/** Identifies an article's content independent of how it was imported (hash of the canonical text). */
export function contentHash(canonicalText: string): string {
  return createHash("sha256").update(canonicalText.normalize("NFC")).digest("hex");
}
