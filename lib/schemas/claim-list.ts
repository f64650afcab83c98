// The desk's claim lists (the claims list, the review queue, the dashboard's links): filters and
// sort as URL search params, so every list is a link and every filter form works without JS.
import { z } from "zod";
import { CLAIM_PRIORITIES } from "./claim";
import { idSchema } from "./common";

export const LIST_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
export const CLAIM_SORTS = ["due", "priority", "assignee", "updated", "oldest", "state"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const CLAIMS_PER_PAGE = 50;

// Filters left blank arrive as empty strings.
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const claimListQuerySchema = z.object({
  state: optional(z.enum(LIST_STATES, { error: "Choose a state." })),
  /** A person's id, or "nobody" for claims no one is assigned to. */
  assignee: optional(z.union([z.literal("nobody"), idSchema], { error: "Choose a person or nobody." })),
  overdue: optional(z.literal("1", { error: "Overdue is on or off." })),
  dueBefore: optional(z.string().date("Use a date like 2026-12-01.")),
  priority: optional(z.enum(CLAIM_PRIORITIES, { error: "Choose a priority." })),
  rating: optional(z.string().trim().max(60, "Choose a rating.")),
  /** Claims first published in this month, yyyy-mm. */
  published: optional(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-05.")),
  article: optional(idSchema),
  sort: optional(z.enum(CLAIM_SORTS, { error: "Choose how to sort." })).transform((sort) => sort ?? "due"),
  page: optional(z.coerce.number({ error: "Pages are numbered." }).int().min(1).max(100_000)).transform((page) => page ?? 1),
});
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;

/** The query string of a list with these filters (defaults left out), for links and pagers. */
export function claimListHref(path: string, query: Partial<Record<keyof ClaimListQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
