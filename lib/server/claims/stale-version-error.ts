// What someone else changed since the version a person saw: a CONFLICT that says who and which
// fields. Read outside any transaction (see apply-transition.ts).
import { db } from "@/lib/db";
import { CLAIM_FIELD_LABELS } from "@/lib/domain/claims/claim-fields";
import { AppError } from "@/lib/errors";

const OUTCOME = {
  editing: "Reload to see their version; your change was not saved.",
  reviewing: "Reload to review the current version; your decision was not recorded.",
};

export async function staleVersionError(claimId: string, seenVersion: number, doing: keyof typeof OUTCOME = "editing"): Promise<AppError> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "Claim", entityId: claimId },
    orderBy: { id: "asc" },
    include: { actor: { select: { name: true } } },
  });
  const fields = new Set<string>();
  const people = new Set<string>();
  for (const event of events) {
    const changes = event.changes as Record<string, unknown>;
    const version = changes.version as { after?: number } | undefined;
    if (!version?.after || version.after <= seenVersion) continue;
    for (const key of Object.keys(changes)) if (key !== "version") fields.add(CLAIM_FIELD_LABELS[key] ?? key);
    if (event.actor) people.add(event.actor.name);
  }
  const who = people.size ? [...people].join(", ") : "Someone else";
  const what = fields.size ? [...fields].join(", ") : "this claim";
  return new AppError("CONFLICT", `${who} changed ${what} while you were ${doing}. ${OUTCOME[doing]}`, undefined, {
    changedFields: [...fields].join(","),
  });
}
