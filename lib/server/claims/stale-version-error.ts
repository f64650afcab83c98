// What others did to a claim since the version a person saw: a CONFLICT that says who did what
// ("Rita Reviewer approved the verdict", "Elena Editor changed claim, summary"). Read outside any
// transaction (see apply-transition.ts).
import { db } from "@/lib/db";
import { describeClaimEvent } from "@/lib/domain/audit/describe-event";
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
  const deeds = new Map<string, string[]>();
  for (const event of events) {
    const changes = event.changes as Record<string, unknown>;
    const version = changes.version as { after?: number } | undefined;
    if (!version?.after || version.after <= seenVersion) continue;
    for (const key of Object.keys(changes)) if (key !== "version" && key in CLAIM_FIELD_LABELS) fields.add(CLAIM_FIELD_LABELS[key]!);
    const who = event.actor?.name ?? "Someone else";
    const deed = describeClaimEvent(event.action, changes).summary;
    const list = deeds.get(who) ?? [];
    if (!list.includes(deed)) list.push(deed);
    deeds.set(who, list);
  }
  const what = deeds.size ? [...deeds].map(([who, list]) => `${who} ${list.join(" and ")}`).join("; ") : "Someone else changed this claim";
  const current = await db.claim.findUnique({ where: { id: claimId }, select: { version: true, state: true } });
  // `currentVersion`: what a "Keep mine" names to overwrite their change knowingly.
  return new AppError("CONFLICT", `${what} while you were ${doing}. ${OUTCOME[doing]}`, undefined, {
    changedFields: [...fields].join(","),
    happened: `${what} while you were ${doing}.`,
    currentVersion: String(current?.version ?? seenVersion),
    currentState: current?.state ?? "",
  });
}
