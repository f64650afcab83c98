// Who publishes (name, address, logo, description: used by reader pages and ClaimReview) and how
// many approvals a verdict needs before it can be published.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { publisherProfileSchema } from "@/lib/schemas/admin";
import { changedFields, recordAudit } from "../audit/record-audit";

export async function updatePublisherProfile({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "publisher.manage");
  const parsed = publisherProfileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const before = await db.publisherProfile.findUnique({ where: { id: 1 } });
  return db.$transaction(async (tx) => {
    const profile = await tx.publisherProfile.upsert({ where: { id: 1 }, update: parsed.data, create: { id: 1, ...parsed.data } });
    await recordAudit(tx, { actorId: actor.id, entityType: "PublisherProfile", entityId: "1", action: "update", changes: changedFields((before ?? {}) as Record<string, unknown>, parsed.data) });
    return profile;
  });
}
