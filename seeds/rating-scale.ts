import type { Tx } from "@/lib/db";
import { DEFAULT_RATINGS, DEFAULT_SCALE_NAME } from "@/lib/domain/ratings/default-scale";

/** The default scale of DESIGN.md; returns rating ids by label. Idempotent. */
export async function seedRatingScale(tx: Tx): Promise<Map<string, string>> {
  const scale =
    (await tx.ratingScale.findFirst({ where: { isDefault: true } })) ??
    (await tx.ratingScale.create({ data: { name: DEFAULT_SCALE_NAME, isDefault: true } }));
  const ids = new Map<string, string>();
  for (const [position, rating] of DEFAULT_RATINGS.entries()) {
    const saved = await tx.rating.upsert({
      where: { scaleId_label: { scaleId: scale.id, label: rating.label } },
      update: {},
      create: { ...rating, position, scaleId: scale.id },
    });
    ids.set(rating.label, saved.id);
  }
  return ids;
}
