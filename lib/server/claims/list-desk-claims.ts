// The claims list: every live claim of the desk, filtered and sorted as the URL says, a page at a
// time. The filtered list behind every number on the dashboard.
import { db } from "@/lib/db";
import { CLAIMS_PER_PAGE, claimListQuerySchema } from "@/lib/schemas/claim-list";
import { defineUseCase } from "../use-case";
import { claimListOrder, claimListWhere } from "./claim-list-where";

export const listDeskClaims = defineUseCase(
  { permission: "claim.read", schema: claimListQuerySchema, invalid: "Check the filters." },
  async ({ input }) => {
    const where = await claimListWhere(input, new Date());
    const [total, claims] = await Promise.all([
      db.claim.count({ where }),
      db.claim.findMany({
        where,
        orderBy: claimListOrder(input.sort),
        skip: (input.page - 1) * CLAIMS_PER_PAGE,
        take: CLAIMS_PER_PAGE,
        select: {
          id: true,
          text: true,
          state: true,
          version: true,
          dueAt: true,
          priority: true,
          article: { select: { id: true, title: true } },
          assignee: { select: { id: true, name: true } },
          verdict: { select: { rating: { select: { label: true, color: true, icon: true } } } },
        },
      }),
    ]);
    return { total, claims, page: input.page, pages: Math.max(1, Math.ceil(total / CLAIMS_PER_PAGE)) };
  },
);
