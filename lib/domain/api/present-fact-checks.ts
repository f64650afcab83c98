// Published fact-checks as API v1 answers (lib/schemas/api.ts), from publication snapshots only:
// the API never says more, or other, than the reader page.
import type { z } from "zod";
import type { factCheckSchema, factCheckSummarySchema } from "../../schemas/api";
import type { ListedSnapshot, PublicationSnapshot, SnapshotClaim } from "../../schemas/publication";
import { claimReviewsOf, publisherUrl } from "../publications/claim-review";
import { richTextToPlainText } from "../rich-text/render-rich-text";

export type FactCheckSummary = z.infer<typeof factCheckSummarySchema>;
export type FactCheckDetail = z.infer<typeof factCheckSchema>;

export type PublishedVersion = {
  slug: string;
  version: number;
  latestVersion: number;
  publishedAt: Date;
  firstPublishedAt: Date;
  snapshot: PublicationSnapshot;
  history: { version: number; publishedAt: Date; correctionNote: string | null }[];
};

/** A fact-check's reader page address. */
export const readerUrl = (origin: string, slug: string) => `${origin}/f/${slug}`;

function rating(snapshot: ListedSnapshot, claim: SnapshotClaim) {
  const numeric = claim.rating.value !== null && snapshot.scale !== null;
  return {
    label: claim.rating.label,
    value: claim.rating.value,
    bestRating: numeric ? snapshot.scale!.best : null,
    worstRating: numeric ? snapshot.scale!.worst : null,
  };
}

export function presentFactCheckSummary(
  published: { slug: string; version: number; publishedAt: Date; firstPublishedAt: Date; snapshot: ListedSnapshot },
  origin: string,
): FactCheckSummary {
  const { snapshot } = published;
  return {
    slug: published.slug,
    url: readerUrl(origin, published.slug),
    title: snapshot.article.title,
    siteName: snapshot.article.siteName,
    articleUrl: snapshot.article.sourceUrl,
    version: published.version,
    publishedAt: published.publishedAt.toISOString(),
    firstPublishedAt: published.firstPublishedAt.toISOString(),
    claims: snapshot.claims.map((claim) => ({
      claimReviewed: claim.text,
      claimant: claim.claimant?.name ?? null,
      rating: rating(snapshot, claim),
      summary: claim.summary,
    })),
  };
}

export function presentFactCheck(published: PublishedVersion, origin: string): FactCheckDetail {
  const { snapshot } = published;
  const url = readerUrl(origin, published.slug);
  const shown = published.history.find((entry) => entry.version === published.version);
  const dates = { datePublished: published.firstPublishedAt, dateModified: published.publishedAt };
  return {
    slug: published.slug,
    url,
    version: published.version,
    latestVersion: published.latestVersion,
    publishedAt: published.publishedAt.toISOString(),
    firstPublishedAt: published.firstPublishedAt.toISOString(),
    correctionNote: shown?.correctionNote ?? null,
    article: {
      title: snapshot.article.title,
      byline: snapshot.article.byline,
      siteName: snapshot.article.siteName,
      url: snapshot.article.sourceUrl,
      publishedTime: snapshot.article.publishedTime,
      language: snapshot.article.language,
    },
    publisher: { name: snapshot.publisher.name, url: publisherUrl(snapshot, origin) },
    claims: snapshot.claims.map((claim) => ({
      id: claim.id,
      url: `${url}#claim-${claim.id}`,
      claimReviewed: claim.text,
      claimant: claim.claimant && {
        name: claim.claimant.name,
        title: claim.claimant.title,
        type: claim.claimant.isOrganization ? "Organization" : "Person",
        sameAs: claim.claimant.sameAs,
      },
      dateSaid: claim.dateSaid,
      appearanceUrl: claim.appearanceUrl,
      rating: rating(snapshot, claim),
      summary: claim.summary,
      explanation: richTextToPlainText(claim.explanation),
      sources: claim.sources.map((source) => ({ ...source, kind: source.kind === "PRIMARY" ? "primary" : "secondary" })),
      quote: claim.anchor,
      datePublished: claim.firstPublishedAt ?? dates.datePublished.toISOString(),
      dateModified: claim.modifiedAt ?? dates.dateModified.toISOString(),
    })),
    history: published.history.map((entry) => ({ ...entry, publishedAt: entry.publishedAt.toISOString() })),
    // An earlier version is kept for the record: like the reader page, it carries no ClaimReview.
    claimReviews:
      published.version < published.latestVersion
        ? []
        : (claimReviewsOf(snapshot, { url, origin, ...dates }) as unknown as Record<string, unknown>[]),
  };
}
