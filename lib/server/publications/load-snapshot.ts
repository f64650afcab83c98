// Gathers what a publication freezes: the article's current text and its approved claims with
// verdicts, sources, claimants, authors and reviewers. Reads through the publishing transaction,
// so every part comes from one consistent moment (see publish-article.ts).
import type { Tx } from "@/lib/db";
import { numericRange } from "@/lib/domain/ratings/default-scale";
import { AppError } from "@/lib/errors";
import { type PublicationSnapshot, publicationSnapshotSchema } from "@/lib/schemas/publication";
import { richTextDocSchema } from "@/lib/schemas/rich-text";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function loadSnapshot(tx: Tx, articleId: string): Promise<PublicationSnapshot> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    include: {
      currentRevision: true,
      claims: {
        where: { state: "APPROVED", deletedAt: null },
        orderBy: { anchorStart: "asc" },
        include: {
          claimant: true,
          sources: { orderBy: { position: "asc" } },
          verdict: { include: { rating: { include: { scale: { include: { ratings: true } } } }, author: true } },
          reviews: { where: { decision: "APPROVE", voided: false }, include: { reviewer: true } },
        },
      },
    },
  });
  if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
  const profile = await tx.publisherProfile.findUnique({ where: { id: 1 } });
  const revision = article.currentRevision;
  const rated = article.claims.filter((claim) => claim.verdict?.rating);
  const scaleValues = rated[0]?.verdict?.rating?.scale.ratings.map((rating) => rating.value) ?? [];

  return publicationSnapshotSchema.parse({
    article: {
      title: article.title,
      byline: revision.byline,
      siteName: revision.siteName,
      sourceUrl: revision.sourceUrl,
      publishedTime: iso(revision.publishedTime),
      language: revision.language,
      plainText: revision.plainText,
      revision: revision.number,
      html: revision.sanitizedHtml,
    },
    claims: rated.map((claim) => {
      const verdict = claim.verdict!;
      const rating = verdict.rating!;
      return {
        id: claim.id,
        text: claim.text,
        anchor: {
          exact: claim.anchorExact,
          prefix: claim.anchorPrefix,
          suffix: claim.anchorSuffix,
          start: claim.anchorStart,
          end: claim.anchorEnd,
        },
        claimant: claim.claimant && {
          name: claim.claimant.name,
          title: claim.claimant.title,
          sameAs: claim.claimant.sameAs,
          isOrganization: claim.claimant.isOrganization,
        },
        dateSaid: iso(claim.dateSaid),
        appearanceUrl: claim.appearanceUrl,
        rating: { label: rating.label, value: rating.value, description: rating.description, color: rating.color, icon: rating.icon },
        summary: verdict.summary,
        explanation: richTextDocSchema.parse(verdict.explanation ?? { type: "doc", content: [] }),
        sources: claim.sources.map((source) => ({
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          quote: source.quote,
          accessedAt: iso(source.accessedAt),
          archiveUrl: source.archiveUrl,
          kind: source.kind,
        })),
        author: verdict.author.name,
        reviewers: claim.reviews.map((review) => ({ name: review.reviewer.name, approvedAt: review.createdAt.toISOString() })),
        verdictUpdatedAt: verdict.updatedAt.toISOString(),
      };
    }),
    scale: numericRange(scaleValues),
    publisher: { name: profile?.name ?? "Fact-check desk", url: profile?.url ?? null, logoUrl: profile?.logoUrl ?? null },
  });
}
