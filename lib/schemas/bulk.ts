// Bulk actions on selected claims: each claim with the version the person saw when they ticked it.
import { z } from "zod";
import { CLAIM_PRIORITIES, dueDateSchema } from "./claim";
import { idSchema } from "./common";

export const MAX_BULK_CLAIMS = 500;
export const BULK_TRANSITIONS = ["submit", "reopen", "approve"] as const;
export type BulkTransition = (typeof BULK_TRANSITIONS)[number];

/** Which bulk actions a role may use: the bar offers only those. */
export type BulkAbilities = { edit: boolean; transitions: BulkTransition[]; export: boolean };

export const bulkActionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("assign"), assigneeId: idSchema.nullable() }),
  z.object({ kind: z.literal("due"), dueAt: dueDateSchema }),
  z.object({ kind: z.literal("priority"), priority: z.enum(CLAIM_PRIORITIES, { error: "Choose a priority." }) }),
  z.object({ kind: z.literal("state"), transition: z.enum(BULK_TRANSITIONS, { error: "Choose a state change." }) }),
]);
export type BulkAction = z.output<typeof bulkActionSchema>;

export const bulkUpdateClaimsSchema = z.object({
  claims: z
    .array(z.object({ claimId: idSchema, version: z.number().int().min(1).max(1_000_000_000) }))
    .min(1, "Select at least one claim.")
    .max(MAX_BULK_CLAIMS, `Select at most ${MAX_BULK_CLAIMS} claims at once.`)
    .refine((claims) => new Set(claims.map((c) => c.claimId)).size === claims.length, "A claim was selected twice."),
  action: bulkActionSchema,
});
export type BulkUpdateClaimsInput = z.input<typeof bulkUpdateClaimsSchema>;

export const bulkUpdateArticlesSchema = z.object({
  articleIds: z.array(idSchema).min(1, "Select at least one article.").max(100, "Select at most 100 articles at once."),
  action: bulkActionSchema,
});
export type BulkUpdateArticlesInput = z.input<typeof bulkUpdateArticlesSchema>;
