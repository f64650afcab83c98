// Announcing to every app process: NOTIFY through the app's own connection. Inside a transaction it
// is delivered at commit (and never when it rolls back). Payloads stay small (ids): receivers
// read what they need.
import { db, type Db, type Tx } from "@/lib/db";

export const CHANNELS = {
  /** Sent by the Claim table's trigger (see the running_a_desk migration): { articleId, claimId, version, state, deleted }. */
  claims: "factcheck_claims",
  /** An article's id: who has it open changed. */
  presence: "factcheck_presence",
  /** Public pages to forget: a fact-check's slug, or "*" for every page. */
  pages: "factcheck_pages",
} as const;

export async function announce(channel: string, payload: string, client: Db | Tx = db): Promise<void> {
  await client.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;
}
