// Who publishes (name, address, logo, description: used by reader pages and ClaimReview) and how
// many approvals a verdict needs before it can be published.
import { db } from "@/lib/db";
import { publisherProfileSchema } from "@/lib/schemas/admin";
import { changedFields, recordAudit } from "../audit/record-audit";
import { forgetAllPages } from "../publications/forget-pages";
import { defineUseCase } from "../use-case";

export const updatePublisherProfile = defineUseCase(
  { permission: "publisher.manage", schema: publisherProfileSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const before = await db.publisherProfile.findUnique({ where: { id: 1 } });
    const saved = await db.$transaction(async (tx) => {
      const profile = await tx.publisherProfile.upsert({ where: { id: 1 }, update: input, create: { id: 1, ...input } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "PublisherProfile",
        entityId: "1",
        action: "update",
        changes: changedFields((before ?? {}) as Record<string, unknown>, input),
      });
      return profile;
    });
    // The publisher's name is on every public page.
    await forgetAllPages();
    return saved;
  },
);
