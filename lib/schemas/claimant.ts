import { z } from "zod";
import { httpUrlSchema, idSchema } from "./common";

export const createClaimantSchema = z.object({
  name: z.string().trim().min(1, "Enter the claimant's name.").max(200),
  title: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || null),
  sameAs: z
    .array(httpUrlSchema("Each sameAs entry must be a full web address, e.g. a Wikidata page."))
    .max(20, "At most 20 sameAs links.")
    .default([]),
  isOrganization: z.boolean().default(false),
});
export type CreateClaimantInput = z.input<typeof createClaimantSchema>;

export const claimantSearchSchema = z.object({ query: z.string().trim().max(200, "Keep the search under 200 characters.") });

/** The claimant record's editable fields; sameAs arrives one address per line from the form. */
export const updateClaimantSchema = z.object({
  claimantId: idSchema,
  name: createClaimantSchema.shape.name,
  title: createClaimantSchema.shape.title,
  sameAs: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : value,
    createClaimantSchema.shape.sameAs,
  ),
});

/** Merging a duplicate (`claimantId`) into the record that stays (`intoId`). */
export const mergeClaimantsSchema = z
  .object({ claimantId: idSchema, intoId: z.string().min(1, "Choose the claimant to merge into.").pipe(idSchema) })
  .refine((value) => value.claimantId !== value.intoId, { path: ["intoId"], message: "Choose another claimant to merge into." });

export const claimantRecordSchema = z.object({ claimantId: idSchema });
