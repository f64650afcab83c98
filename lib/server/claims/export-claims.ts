// Claims for a CSV export: the search page's filters or a selection of ids, newest change first,
// at most MAX_EXPORT_ROWS. Deleted claims are never exported.
import { db } from "@/lib/db";
import type { ClaimCsvRow } from "@/lib/domain/export/claims-csv";
import type { Prisma } from "@/lib/generated/prisma/client";
import { exportClaimsSchema } from "@/lib/schemas/export";
import { defineUseCase } from "../use-case";
import { literalPattern } from "@/lib/domain/text/literal-pattern";

export const MAX_EXPORT_ROWS = 10_000;

/** `publishedUrl` is a path on this site ("/f/…"); the route makes it absolute. */
export const exportClaims = defineUseCase(
  { permission: "claims.export", schema: exportClaimsSchema, invalid: "Check the export's filters." },
  async ({ input }): Promise<ClaimCsvRow[]> => {
    const contains = (value: string) => ({ contains: literalPattern(value), mode: "insensitive" as const });
    const where: Prisma.ClaimWhereInput = {
      deletedAt: null,
      ...(input.ids ? { id: { in: input.ids } } : {}),
      ...(input.articleId ? { articleId: input.articleId } : {}),
      ...(input.state ? { state: input.state } : {}),
      ...(input.rating ? { verdict: { rating: { label: { equals: literalPattern(input.rating), mode: "insensitive" } } } } : {}),
      ...(input.claimant ? { claimant: { name: contains(input.claimant) } } : {}),
      // As the search page matches claims: in their text or their quote.
      ...(input.q ? { OR: [{ text: contains(input.q) }, { anchorExact: contains(input.q) }] } : {}),
    };
    const claims = await db.claim.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: MAX_EXPORT_ROWS,
      include: {
        article: { select: { title: true } },
        claimant: { select: { name: true } },
        assignee: { select: { name: true } },
        verdict: { select: { summary: true, explanationText: true, rating: { select: { label: true, value: true } } } },
        sources: { orderBy: { position: "asc" }, select: { url: true } },
      },
    });
    const published = new Map(
      (
        await db.publishedClaim.findMany({
          where: { claimId: { in: claims.map((claim) => claim.id) } },
          select: { claimId: true, slug: true },
        })
      ).map((row) => [row.claimId, `/f/${row.slug}#claim-${row.claimId}`]),
    );
    return claims.map((claim) => {
      return {
        id: claim.id,
        articleId: claim.articleId,
        articleTitle: claim.article.title,
        text: claim.text,
        quote: claim.anchorExact,
        claimant: claim.claimant?.name ?? null,
        state: claim.state,
        rating: claim.verdict?.rating?.label ?? null,
        ratingValue: claim.verdict?.rating?.value ?? null,
        summary: claim.verdict?.summary ?? "",
        explanation: claim.verdict?.explanationText ?? "",
        sourceUrls: claim.sources.flatMap((source) => (source.url ? [source.url] : [])),
        dateSaid: claim.dateSaid,
        appearanceUrl: claim.appearanceUrl,
        tags: claim.tags,
        assignee: claim.assignee?.name ?? null,
        createdAt: claim.createdAt,
        updatedAt: claim.updatedAt,
        publishedUrl: published.get(claim.id) ?? null,
      };
    });
  },
);
