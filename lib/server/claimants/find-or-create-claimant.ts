// Claimants are shared across articles: search existing ones, or create one with title and sameAs.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { createClaimantSchema } from "@/lib/schemas/claimant";
import { recordAudit } from "../audit/record-audit";

export async function searchClaimants({ actor, query }: { actor: Actor | null; query: string }) {
  assertCan(actor, "claim.read");
  const q = query.trim();
  if (!q) return [];
  return db.claimant.findMany({
    where: { name: { contains: q, mode: "insensitive" } },
    orderBy: { name: "asc" },
    take: 10,
    select: { id: true, name: true, title: true, sameAs: true, isOrganization: true },
  });
}

/** Creates a claimant; one with the same name (any case) is answered with CONFLICT and its id. */
export async function createClaimant({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = createClaimantSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const existing = await db.claimant.findFirst({ where: { name: { equals: parsed.data.name, mode: "insensitive" } } });
  if (existing) {
    throw new AppError("CONFLICT", `${existing.name} is already a claimant: choose them from the list.`, { name: ["Already exists."] }, { existingClaimantId: existing.id });
  }
  return db.$transaction(async (tx) => {
    const claimant = await tx.claimant.create({ data: parsed.data });
    await recordAudit(tx, { actorId: actor.id, entityType: "Claimant", entityId: claimant.id, action: "create", changes: parsed.data });
    return claimant;
  });
}
