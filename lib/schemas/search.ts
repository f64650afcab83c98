import { z } from "zod";

export const SEARCH_KINDS = ["all", "claims", "articles", "claimants"] as const;
export const SEARCH_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;

// The search page is a GET form: fields left blank arrive as empty strings.
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2024-05-31.")
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), "Use a real date.");

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(2, "Type at least two characters.").max(200, "Keep the search under 200 characters."),
    kind: optional(z.enum(SEARCH_KINDS, { error: "Choose claims, articles, claimants or everything." })).transform((kind) => kind ?? "all"),
    state: optional(
      z.preprocess(
        (value) => (typeof value === "string" ? value.trim().toUpperCase() : value),
        z.enum(SEARCH_STATES, { error: "Choose a state." }),
      ),
    ),
    rating: optional(z.string().trim().max(60, "Choose a rating.")),
    claimant: optional(z.string().trim().max(200, "Keep the claimant under 200 characters.")),
    from: optional(day),
    to: optional(day),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The start date is after the end date.",
    path: ["from"],
  });
export type SearchQuery = z.output<typeof searchQuerySchema>;
