import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";

/** The ratings of the default scale in their order, for choosing a verdict (retired ones marked). */
export async function listRatings({ actor }: { actor: Actor | null }) {
  assertCan(actor, "claim.read");
  return db.rating.findMany({
    where: { scale: { isDefault: true } },
    orderBy: { position: "asc" },
    select: { id: true, label: true, value: true, description: true, color: true, icon: true, retiredAt: true },
  });
}
