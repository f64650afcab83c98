// Editors' and reviewers' search across claims, articles and claimants (trigram-indexed ILIKE).
import { db } from "@/lib/db";
import { searchQuerySchema } from "@/lib/schemas/search";
import { defineUseCase } from "../use-case";
import { literalPattern } from "@/lib/domain/text/literal-pattern";

export const searchDesk = defineUseCase(
  { permission: "search.use", schema: searchQuerySchema, invalid: "Type at least two characters." },
  async ({ input }) => {
    const contains = { contains: literalPattern(input.q), mode: "insensitive" as const };
    const [claims, articles, claimants] = await Promise.all([
      db.claim.findMany({
        where: { deletedAt: null, OR: [{ text: contains }, { anchorExact: contains }] },
        take: 25,
        orderBy: { updatedAt: "desc" },
        select: {
          id: true,
          text: true,
          state: true,
          article: { select: { id: true, title: true } },
          claimant: { select: { name: true } },
          verdict: { select: { rating: { select: { label: true, color: true, icon: true } } } },
        },
      }),
      db.article.findMany({ where: { title: contains }, take: 15, orderBy: { updatedAt: "desc" }, select: { id: true, title: true } }),
      db.claimant.findMany({
        where: { name: contains },
        take: 15,
        select: { id: true, name: true, title: true, _count: { select: { claims: true } } },
      }),
    ]);
    return { q: input.q, claims, articles, claimants };
  },
);
