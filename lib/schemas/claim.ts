// Claim inputs shared by the workbench forms and the use-cases.
import { z } from "zod";
import { idSchema as id, optionalHttpUrlSchema } from "./common";
import { richTextDocSchema } from "./rich-text";

/** The priorities a claim can have, lowest first (the order sorting and "highest" use). */
export const CLAIM_PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type ClaimPriority = (typeof CLAIM_PRIORITIES)[number];

/** A due date is a day ("" clears it), stored as that day's start in UTC: overdue from the next day. */
export const dueDateSchema = z
  .union([z.literal(""), z.string().date("Use a date like 2026-12-01.")])
  .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));

const optionalUrl = optionalHttpUrlSchema("Enter a full web address.");

export const createClaimSchema = z
  .object({
    articleId: id,
    start: z.number().int().min(0).max(50_000_000),
    end: z.number().int().min(1).max(50_000_000),
  })
  .refine((range) => range.end > range.start, { message: "Select some text first.", path: ["end"] });

export const updateClaimSchema = z.object({
  claimId: id,
  /** The version the editor last saw; a newer one means someone else saved in between. */
  version: z.number().int().min(1).max(1_000_000_000),
  text: z.string().trim().min(1, "State the claim as one checkable sentence.").max(1000).optional(),
  claimantId: id.nullable().optional(),
  dateSaid: z
    .union([z.literal(""), z.string().date("Use a date like 2025-05-04.")])
    .transform((v) => (v ? new Date(`${v}T12:00:00Z`) : null))
    .optional(),
  appearanceUrl: optionalUrl.optional(),
  tags: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  checkWorthiness: z.number().int().min(1).max(5).nullable().optional(),
  assigneeId: id.nullable().optional(),
  // Running the desk (who, by when, how urgent): plain edits, never evidence — they keep the state.
  dueAt: dueDateSchema.optional(),
  priority: z.enum(CLAIM_PRIORITIES, { error: "Choose low, normal, high or urgent." }).optional(),
  ratingId: id.nullable().optional(),
  summary: z.string().trim().max(280, "Keep the summary to one line (280 characters).").optional(),
  explanation: richTextDocSchema.optional(),
});
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
