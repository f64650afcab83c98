// Similar claims (DESIGN.md "The desk's memory"): earlier fact-checks of the same or a similar claim —
// the desk's published ones and the reference archive for anyone, the desk's unpublished claims too
// for a caller who may read them. Trigram similarity, served by the trigram indexes; a first,
// honest ranking that later work refines.
import { db } from "@/lib/db";
import { can } from "@/lib/permissions";
import { similarClaimsInputSchema } from "@/lib/schemas/similar";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { definePublicUseCase } from "../use-case";

/** `href`: absolute for the reference archive, a path on this site ("/f/…", "/articles/…") for the desk. */
export type SimilarClaim = {
  claimReviewed: string;
  href: string;
  publisher: string;
  rating: string | null;
  datePublished: Date | null;
  score: number;
  origin: "desk" | "reference";
};

// Candidates must share this much (pg_trgm's word similarity: the query against the best-matching
// stretch of the claim); the score then blends it with whole-text similarity.
const THRESHOLD = 0.3;
type Row = { id: string; text: string; score: number };

export const findSimilarClaims = definePublicUseCase(
  { schema: similarClaimsInputSchema, invalid: "Describe the claim to match." },
  async ({ actor, input }) => {
    const { text: q, limit } = input;
    const profile = await getPublisherProfile();
    const [published, reference, unpublished] = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(THRESHOLD)}, true)`;
      const publishedRows = await tx.$queryRaw<(Row & { slug: string; claimId: string; ratingLabel: string; firstPublishedAt: Date })[]>`
        SELECT "id", "text", "slug", "claimId", "ratingLabel", "firstPublishedAt",
               (similarity(${q}, "text") + word_similarity(${q}, "text")) / 2 AS "score"
        FROM "PublishedClaim" WHERE ${q} <% "text" ORDER BY "score" DESC LIMIT ${limit}`;
      const referenceRows = await tx.$queryRaw<
        (Row & { url: string; publisherName: string; ratingText: string; datePublished: Date | null })[]
      >`
        SELECT "id", "claimReviewed" AS "text", "url", "publisherName", "ratingText", "datePublished",
               (similarity(${q}, "claimReviewed") + word_similarity(${q}, "claimReviewed")) / 2 AS "score"
        FROM "ReferenceClaimReview" WHERE ${q} <% "claimReviewed" ORDER BY "score" DESC LIMIT ${limit}`;
      // The desk's own claims in progress, for those who may read them; published ones are listed above.
      const deskRows = can(actor, "claim.read")
        ? await tx.$queryRaw<(Row & { articleId: string; ratingLabel: string | null })[]>`
            SELECT c."id", c."text", c."articleId", r."label" AS "ratingLabel",
                   (similarity(${q}, c."text") + word_similarity(${q}, c."text")) / 2 AS "score"
            FROM "Claim" c LEFT JOIN "Verdict" v ON v."claimId" = c."id" LEFT JOIN "Rating" r ON r."id" = v."ratingId"
            WHERE c."deletedAt" IS NULL AND ${q} <% c."text"
              AND NOT EXISTS (SELECT 1 FROM "PublishedClaim" p WHERE p."claimId" = c."id")
            ORDER BY "score" DESC LIMIT ${limit}`
        : [];
      return [publishedRows, referenceRows, deskRows] as const;
    });
    const results: SimilarClaim[] = [
      ...published.map((row) => ({
        claimReviewed: row.text,
        href: `/f/${row.slug}#claim-${row.claimId}`,
        publisher: profile.name,
        rating: row.ratingLabel,
        datePublished: row.firstPublishedAt,
        score: row.score,
        origin: "desk" as const,
      })),
      ...reference.map((row) => ({
        claimReviewed: row.text,
        href: row.url,
        publisher: row.publisherName,
        rating: row.ratingText,
        datePublished: row.datePublished,
        score: row.score,
        origin: "reference" as const,
      })),
      ...unpublished.map((row) => ({
        claimReviewed: row.text,
        href: `/articles/${row.articleId}?claim=${row.id}`,
        publisher: profile.name,
        rating: row.ratingLabel,
        datePublished: null,
        score: row.score,
        origin: "desk" as const,
      })),
    ];
    return results
      .map((result) => ({ ...result, score: Math.round(Math.min(1, Math.max(0, Number(result.score))) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  },
);
