// Claimants are shared across articles: search existing ones, or create one with title and sameAs.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { claimantSearchSchema, createClaimantSchema } from "@/lib/schemas/claimant";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";
import { literalPattern } from "@/lib/domain/text/literal-pattern";

export const searchClaimants = defineUseCase(
  { permission: "claim.read", schema: claimantSearchSchema, invalid: "Type a name to search." },
  async ({ input }) => {
    if (!input.query) return [];
    return db.claimant.findMany({
      where: { name: { contains: literalPattern(input.query), mode: "insensitive" } },
      orderBy: { name: "asc" },
      take: 10,
      select: { id: true, name: true, title: true, sameAs: true, isOrganization: true },
    });
  },
);

/** Creates a claimant; one with the same name (any case) is answered with CONFLICT and its id. */
export const createClaimant = defineUseCase(
  { permission: "claim.edit", schema: createClaimantSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const existing = await db.claimant.findFirst({ where: { name: { equals: literalPattern(input.name), mode: "insensitive" } } });
    if (existing) {
      throw new AppError(
        "CONFLICT",
        `${existing.name} is already a claimant: choose them from the list.`,
        { name: ["Already exists."] },
        { existingClaimantId: existing.id },
      );
    }
    return db.$transaction(async (tx) => {
      const claimant = await tx.claimant.create({ data: input });
      await recordAudit(tx, { actorId: actor.id, entityType: "Claimant", entityId: claimant.id, action: "create", changes: input });
      return claimant;
    });
  },
);
