// Writes a claim's audit event through its typed schema (lib/schemas/claim-events.ts): an event that
// does not match its schema is a programming error and fails the transaction it belongs to.
import type { Tx } from "@/lib/db";
import { type ClaimEventAction, type ClaimEventChanges, claimEventSchemas } from "@/lib/schemas/claim-events";
import { recordAudit } from "./record-audit";

export async function recordClaimEvent<A extends ClaimEventAction>(
  tx: Tx,
  event: { actorId: string | null; claimId: string; action: A; changes: ClaimEventChanges<A> },
): Promise<void> {
  const changes = claimEventSchemas[event.action].parse(event.changes);
  await recordAudit(tx, { actorId: event.actorId, entityType: "Claim", entityId: event.claimId, action: event.action, changes });
}
