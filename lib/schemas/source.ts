import { z } from "zod";
import { idSchema, optionalHttpUrlSchema } from "./common";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);
const version = z.number().int().min(1).max(1_000_000_000);

export const addSourceSchema = z.object({
  claimId: idSchema,
  version,
  url: optionalHttpUrlSchema("Enter a full web address.")
    .optional()
    .transform((value) => value ?? null),
  title: z.string().trim().min(1, "Give the source a title.").max(500),
  publisher: optionalText(200),
  quote: optionalText(5000),
  accessedAt: z
    .union([z.literal(""), z.string().date("Use a date like 2025-05-16.")])
    .optional()
    .transform((v) => (v ? new Date(`${v}T12:00:00Z`) : null)),
  archiveUrl: optionalHttpUrlSchema("Enter a full web address.")
    .optional()
    .transform((value) => value ?? null),
  kind: z.enum(["PRIMARY", "SECONDARY"]).default("SECONDARY"),
});
export type AddSourceInput = z.input<typeof addSourceSchema>;

export const editSourceSchema = addSourceSchema.extend({ sourceId: idSchema });
export type EditSourceInput = z.input<typeof editSourceSchema>;

export const removeSourceSchema = z.object({ claimId: idSchema, version, sourceId: idSchema });
