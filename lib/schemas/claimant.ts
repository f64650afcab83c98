import { z } from "zod";
import { httpUrlSchema } from "./common";

export const createClaimantSchema = z.object({
  name: z.string().trim().min(1, "Enter the claimant's name.").max(200),
  title: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || null),
  sameAs: z.array(httpUrlSchema("Each sameAs entry must be a full web address, e.g. a Wikidata page.")).max(10).default([]),
  isOrganization: z.boolean().default(false),
});
export type CreateClaimantInput = z.input<typeof createClaimantSchema>;

export const claimantSearchSchema = z.object({ query: z.string().trim().max(200, "Keep the search under 200 characters.") });
