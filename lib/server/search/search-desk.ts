// Editors' and reviewers' search across claims, articles and claimants (trigram-indexed ILIKE).
import { db } from "@/lib/db";
import { type Actor, assertCan } from "@/lib/permissions";
import { searchQuerySchema } from "@/lib/schemas/search";

export async function searchDesk({ actor, query }: { actor: Actor | null; query: unknown }) {
  assertCan(actor, "search.use");
  const parsed = searchQuerySchema.safeParse({ q: query });
  if (!parsed.success) return null;
  const contains = { contains: parsed.data.q, mode: "insensitive" as const };
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
  return { q: parsed.data.q, claims, articles, claimants };
}
