import { db } from "@/lib/db";
import { describeClaimEvent } from "@/lib/domain/audit/describe-event";
import { type Actor, assertCan } from "@/lib/permissions";

/** Everything that happened to a claim, newest first, in words (from the append-only audit log). */
export async function getClaimTimeline({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "audit.read");
  const events = await db.auditEvent.findMany({
    where: { entityType: "Claim", entityId: claimId },
    orderBy: { id: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: String(event.id),
    at: event.createdAt.toISOString(),
    who: event.actor?.name ?? "The system",
    ...describeClaimEvent(event.action, event.changes as Record<string, unknown>),
  }));
}
