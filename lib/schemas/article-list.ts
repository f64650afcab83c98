// The articles list's filters and sort (URL search params of a plain GET form).
import { z } from "zod";
import { CLAIM_PRIORITIES } from "./claim";
import { idSchema } from "./common";

export const ARTICLE_SORTS = ["updated", "due", "priority"] as const;
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const articleListQuerySchema = z.object({
  /** Articles with an open claim assigned to this person, or with an open claim nobody has. */
  assignee: optional(z.union([z.literal("nobody"), idSchema], { error: "Choose a person or nobody." })),
  /** Articles whose open claims' highest priority is this. */
  priority: optional(z.enum(CLAIM_PRIORITIES, { error: "Choose a priority." })),
  /** Articles with an open claim due before this day. */
  dueBefore: optional(z.string().date("Use a date like 2026-12-01.")),
  overdue: optional(z.literal("1")),
  status: optional(z.enum(["published", "unpublished"], { error: "Choose published or not." })),
  sort: optional(z.enum(ARTICLE_SORTS, { error: "Choose how to sort." })).transform((sort) => sort ?? "updated"),
});
export type ArticleListQuery = z.output<typeof articleListQuerySchema>;
