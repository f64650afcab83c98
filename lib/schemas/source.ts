import { z } from "zod";

const optionalUrl = z.union([z.literal(""), z.string().trim().url("Enter a full web address.").max(2048)]).transform((value) => value || null);
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((value) => value || null);

export const addSourceSchema = z.object({
  claimId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  url: optionalUrl.optional().transform((value) => value ?? null),
  title: z.string().trim().min(1, "Give the source a title.").max(500),
  publisher: optionalText(200),
  quote: optionalText(5000),
  accessedAt: z.union([z.literal(""), z.string().date("Use a date like 2025-05-16.")]).optional().transform((v) => (v ? new Date(`${v}T12:00:00Z`) : null)),
  archiveUrl: optionalUrl.optional().transform((value) => value ?? null),
  kind: z.enum(["PRIMARY", "SECONDARY"]).default("SECONDARY"),
});
export type AddSourceInput = z.input<typeof addSourceSchema>;

export const removeSourceSchema = z.object({
  claimId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  sourceId: z.string().min(1).max(64),
});
