// A claimant's record (DESIGN.md "Claimant pages"): who they are, every live claim attributed to
// them with its rating and date, how their claims were rated, repeated claims grouped — and the
// edits an editor makes to it: name, title and sameAs links, or merging a duplicate record.
import { db } from "@/lib/db";
import { groupRepeatedClaims } from "@/lib/domain/claimants/group-claims";
import { AppError } from "@/lib/errors";
import { claimantRecordSchema, mergeClaimantsSchema, updateClaimantSchema } from "@/lib/schemas/claimant";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";

export const getClaimantRecord = defineUseCase(
  { permission: "claim.read", schema: claimantRecordSchema, invalid: "Choose a claimant." },
  async ({ input }) => {
    const claimant = await db.claimant.findUnique({ where: { id: input.claimantId } });
    if (!claimant) throw new AppError("NOT_FOUND", "Claimant not found.");
    const claims = await db.claim.findMany({
      where: { claimantId: claimant.id, deletedAt: null },
      orderBy: [{ dateSaid: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: 500,
      select: {
        id: true,
        text: true,
        state: true,
        dateSaid: true,
        createdAt: true,
        article: { select: { id: true, title: true } },
        verdict: { select: { rating: { select: { label: true, color: true, icon: true, value: true } } } },
      },
    });
    const distribution = new Map<string, { label: string; count: number; value: number | null }>();
    for (const claim of claims) {
      const rating = claim.verdict?.rating;
      const key = rating?.label ?? "Not rated yet";
      const entry = distribution.get(key) ?? { label: key, count: 0, value: rating?.value ?? null };
      entry.count++;
      distribution.set(key, entry);
    }
    const others = await db.claimant.findMany({
      where: { id: { not: claimant.id } },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true, title: true },
    });
    return {
      claimant,
      claims,
      groups: groupRepeatedClaims(claims),
      distribution: [...distribution.values()].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)),
      others,
    };
  },
);

export const updateClaimant = defineUseCase(
  { permission: "claim.edit", schema: updateClaimantSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) =>
    db.$transaction(async (tx) => {
      const before = await tx.claimant.findUnique({ where: { id: input.claimantId } });
      if (!before) throw new AppError("NOT_FOUND", "Claimant not found.");
      const after = await tx.claimant.update({
        where: { id: before.id },
        data: { name: input.name, title: input.title, sameAs: input.sameAs },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Claimant",
        entityId: before.id,
        action: "update",
        changes: {
          name: { before: before.name, after: after.name },
          title: { before: before.title, after: after.title },
          sameAs: { before: before.sameAs, after: after.sameAs },
        },
      });
      return { claimantId: after.id };
    }),
);

export const mergeClaimants = defineUseCase(
  { permission: "claim.edit", schema: mergeClaimantsSchema, invalid: "Choose the claimant to merge into." },
  async ({ actor, input }) =>
    db.$transaction(async (tx) => {
      // Both rows locked, in id order, so two opposite merges cannot interleave.
      const ids = [input.claimantId, input.intoId].sort();
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT "id" FROM "Claimant" WHERE "id" IN (${ids[0]!}, ${ids[1]!}) ORDER BY "id" FOR UPDATE`;
      if (locked.length !== 2) throw new AppError("NOT_FOUND", "One of the claimants no longer exists (already merged?).");
      const [from, into] = await Promise.all([
        tx.claimant.findUniqueOrThrow({ where: { id: input.claimantId } }),
        tx.claimant.findUniqueOrThrow({ where: { id: input.intoId } }),
      ]);
      const moved = await tx.claim.findMany({ where: { claimantId: from.id }, select: { id: true } });
      await tx.claim.updateMany({ where: { claimantId: from.id }, data: { claimantId: into.id } });
      const sameAs = [...new Set([...into.sameAs, ...from.sameAs])];
      await tx.claimant.update({ where: { id: into.id }, data: { sameAs, title: into.title ?? from.title } });
      await tx.claimant.delete({ where: { id: from.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Claimant",
        entityId: into.id,
        action: "merge",
        changes: {
          merged: { id: from.id, name: from.name, title: from.title, sameAs: from.sameAs },
          claims: moved.map((claim) => claim.id),
        },
      });
      return { claimantId: into.id, movedClaims: moved.length };
    }),
);
