// The default rating scale: edit a rating, add one, or move it up or down. Published fact-checks
// keep the ratings they were published with (their snapshot is frozen).
import { db } from "@/lib/db";
import { type ScaleEntry, scaleProblem } from "@/lib/domain/ratings/scale-rules";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { moveRatingSchema, ratingSchema, retireRatingSchema } from "@/lib/schemas/admin";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";

async function defaultScale() {
  const scale = await db.ratingScale.findFirst({ where: { isDefault: true }, include: { ratings: { orderBy: { position: "asc" } } } });
  if (!scale) throw new AppError("NOT_FOUND", "There is no rating scale yet.");
  return scale;
}

/** Refuses a change that would leave the scale unreadable for ClaimReview (scale-rules.ts). */
function assertValidScale(ratings: (ScaleEntry & { retiredAt?: Date | null })[]) {
  // Retired ratings are off the scale that new verdicts use.
  const problem = scaleProblem(ratings.filter((rating) => !rating.retiredAt));
  if (problem) throw new AppError("INVALID_INPUT", problem, { value: [problem] });
}

export const saveRating = defineUseCase(
  { permission: "rating-scale.manage", schema: ratingSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { ratingId, ...rating } = input;
    const scale = await defaultScale();
    const existing = ratingId ? scale.ratings.find((r) => r.id === ratingId) : undefined;
    if (ratingId && !existing) throw new AppError("NOT_FOUND", "That rating is not on the scale.");
    if (scale.ratings.some((r) => r.id !== ratingId && r.label.toLowerCase() === rating.label.toLowerCase())) {
      throw new AppError("CONFLICT", "The scale already has a rating with that label.", { label: ["Already on the scale."] });
    }
    assertValidScale(existing ? scale.ratings.map((r) => (r.id === existing.id ? rating : r)) : [...scale.ratings, rating]);
    return db.$transaction(async (tx) => {
      // A reviewer approved "Pants on fire", not whatever the rating is renamed to later: the label
      // and value of a rating that claims in review or approved carry cannot change under them.
      if (existing && (existing.label !== rating.label || existing.value !== rating.value)) {
        const judged = await tx.claim.count({
          where: { deletedAt: null, state: { in: ["IN_REVIEW", "APPROVED"] }, verdict: { ratingId: existing.id } },
        });
        if (judged > 0) {
          const message = `${judged} claim${judged === 1 ? " in review or approved is" : "s in review or approved are"} rated “${existing.label}”: its label and value cannot change under ${judged === 1 ? "it" : "them"}. Add a new rating instead, or reopen those claims first.`;
          throw new AppError("INVALID_STATE", message, { label: [message] });
        }
      }
      const saved = existing
        ? await tx.rating.update({ where: { id: existing.id }, data: rating })
        : await tx.rating.create({ data: { ...rating, scaleId: scale.id, position: scale.ratings.length } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Rating",
        entityId: saved.id,
        action: existing ? "update" : "create",
        changes: { before: existing ?? null, after: rating },
      });
      return saved;
    });
  },
);

export const moveRating = defineUseCase(
  { permission: "rating-scale.manage", schema: moveRatingSchema, invalid: "Choose a rating to move." },
  async ({ actor, input }) => {
    const { ratings } = await defaultScale();
    const index = ratings.findIndex((r) => r.id === input.ratingId);
    if (index < 0) throw new AppError("NOT_FOUND", "That rating is not on the scale.");
    const other = ratings[input.direction === "up" ? index - 1 : index + 1];
    if (!other) throw new AppError("INVALID_STATE", `That rating is already ${input.direction === "up" ? "first" : "last"}.`);
    const moved = ratings[index]!;
    const reordered = [...ratings];
    [reordered[index], reordered[ratings.indexOf(other)]] = [other, moved];
    assertValidScale(reordered);
    await db.$transaction(async (tx) => {
      await tx.rating.update({ where: { id: moved.id }, data: { position: other.position } });
      await tx.rating.update({ where: { id: other.id }, data: { position: moved.position } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Rating",
        entityId: moved.id,
        action: "move",
        changes: { position: { before: moved.position, after: other.position } },
      });
    });
  },
);

/** Retires a rating (offered no more; claims and publications that carry it keep it), or restores it. */
export const retireRating = defineUseCase(
  { permission: "rating-scale.manage", schema: retireRatingSchema, invalid: "Choose a rating." },
  async ({ actor, input }) => {
    const scale = await defaultScale();
    const rating = scale.ratings.find((r) => r.id === input.ratingId);
    if (!rating) throw new AppError("NOT_FOUND", "That rating is not on the scale.");
    if (input.retired) assertValidScale(scale.ratings.filter((r) => r.id !== rating.id && !r.retiredAt));
    await db.$transaction(async (tx) => {
      await tx.rating.update({ where: { id: rating.id }, data: { retiredAt: input.retired ? new Date() : null } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "Rating",
        entityId: rating.id,
        action: input.retired ? "retire" : "restore",
        changes: { label: rating.label },
      });
    });
  },
);

export async function listScale({ actor }: { actor: Actor | null }) {
  assertCan(actor, "rating-scale.manage");
  return (await defaultScale()).ratings;
}
