import { type Actor, can } from "@/lib/permissions";
import type { BulkAbilities, BulkTransition } from "@/lib/schemas/bulk";
import { bulkPermission } from "./bulk-update-claims";

/** Which bulk actions the actor's role allows: the bar offers only those (the use-case checks again). */
export function bulkAbilities(actor: Actor): BulkAbilities {
  const transitions = (["submit", "reopen", "approve"] as BulkTransition[]).filter((transition) =>
    can(actor, bulkPermission({ kind: "state", transition })),
  );
  return { edit: can(actor, "claim.edit"), transitions, export: can(actor, "claims.export") };
}
