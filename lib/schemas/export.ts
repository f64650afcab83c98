// Which claims a CSV export holds: the search page's filters, or a selection of ids.
import { z } from "zod";
import { idSchema } from "./common";

export const MAX_EXPORT_IDS = 500;
type ExportableState = "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED";

// Query strings send empty fields for filters left blank.
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const exportClaimsSchema = z.object({
  q: optional(z.string().trim().max(200, "Keep the search under 200 characters.")).describe(
    "Words in the claim, its quote or its article's title.",
  ),
  state: optional(
    z
      .preprocess(
        (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
        z.enum(["draft", "in_review", "changes_requested", "approved"], { error: "Use draft, in_review, changes_requested or approved." }),
      )
      .transform((value) => value.toUpperCase() as ExportableState),
  ).describe("The claims' workflow state (any letter case)."),
  rating: optional(z.string().trim().max(60)).describe("A rating label, e.g. False."),
  claimant: optional(z.string().trim().max(200)).describe("Part of the claimant's name."),
  articleId: optional(idSchema),
  ids: optional(
    z
      .string()
      .max(MAX_EXPORT_IDS * 33, `Select at most ${MAX_EXPORT_IDS} claims.`)
      .transform((value) =>
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(idSchema).max(MAX_EXPORT_IDS, `Select at most ${MAX_EXPORT_IDS} claims.`)),
  ).describe("Comma-separated claim ids: exactly these claims."),
});
export type ExportClaimsInput = z.output<typeof exportClaimsSchema>;
