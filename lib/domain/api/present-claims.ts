// API v1 answers about claims: similar claims, an article's claims (lib/schemas/api.ts).
import type { z } from "zod";
import type { articleClaimsSchema, similarClaimsSchema } from "../../schemas/api";

type SimilarClaims = z.infer<typeof similarClaimsSchema>;
type ArticleClaims = z.infer<typeof articleClaimsSchema>;

/** A path on this site made absolute; other sites' addresses stay as they are. */
export const absolute = (href: string, origin: string) => (href.startsWith("/") ? `${origin}${href}` : href);

export function presentSimilarClaims(
  results: {
    claimReviewed: string;
    href: string;
    publisher: string;
    rating: string | null;
    datePublished: Date | null;
    score: number;
    origin: "desk" | "reference";
  }[],
  origin: string,
): SimilarClaims {
  return {
    results: results.map(({ href, datePublished, ...result }) => ({
      claimReviewed: result.claimReviewed,
      url: absolute(href, origin),
      publisher: result.publisher,
      rating: result.rating,
      datePublished: datePublished?.toISOString() ?? null,
      score: result.score,
      origin: result.origin,
    })),
  };
}

type StoredClaim = {
  id: string;
  text: string;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "DELETED";
  anchorExact: string;
  anchorPrefix: string;
  anchorSuffix: string;
  anchorStart: number;
  anchorEnd: number;
  anchorStatus: "ANCHORED" | "MOVED" | "ORPHANED";
  updatedAt: Date;
  claimant: { name: string } | null;
  verdict: { rating: { label: string } | null } | null;
};

export function presentArticleClaims(article: { id: string; title: string; claims: StoredClaim[] }): ArticleClaims {
  return {
    article: { id: article.id, title: article.title },
    claims: article.claims.flatMap((claim) =>
      claim.state === "DELETED"
        ? []
        : [
            {
              id: claim.id,
              text: claim.text,
              state: claim.state,
              rating: claim.verdict?.rating?.label ?? null,
              claimant: claim.claimant?.name ?? null,
              anchor: {
                quote: claim.anchorExact,
                prefix: claim.anchorPrefix,
                suffix: claim.anchorSuffix,
                start: claim.anchorStart,
                end: claim.anchorEnd,
              },
              anchorStatus: claim.anchorStatus,
              updatedAt: claim.updatedAt.toISOString(),
            },
          ],
    ),
  };
}
