// The frozen content of a publication. Written once by publishArticle, read by the reader page.
import { z } from "zod";
import { idSchema } from "./common";
import { richTextDocSchema } from "./rich-text";

export const publishArticleSchema = z.object({
  articleId: idSchema,
  correctionNote: z
    .string()
    .trim()
    .max(2000, "Keep the correction note under 2,000 characters.")
    .nullish()
    .transform((note) => note || null),
});

export const unpublishArticleSchema = z.object({ articleId: idSchema });

const anchorSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const snapshotRatingSchema = z.object({
  label: z.string(),
  value: z.number().int().nullable(),
  description: z.string(),
  color: z.string(),
  icon: z.string(),
});

export const snapshotClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  anchor: anchorSchema,
  claimant: z
    .object({ name: z.string(), title: z.string().nullable(), sameAs: z.array(z.string()), isOrganization: z.boolean() })
    .nullable(),
  dateSaid: z.string().nullable(),
  appearanceUrl: z.string().nullable(),
  rating: snapshotRatingSchema,
  summary: z.string(),
  explanation: richTextDocSchema,
  sources: z.array(
    z.object({
      url: z.string().nullable(),
      title: z.string(),
      publisher: z.string().nullable(),
      quote: z.string().nullable(),
      accessedAt: z.string().nullable(),
      archiveUrl: z.string().nullable(),
      kind: z.enum(["PRIMARY", "SECONDARY"]),
    }),
  ),
  author: z.string(),
  reviewers: z.array(z.object({ name: z.string(), approvedAt: z.string() })),
  verdictUpdatedAt: z.string(),
  /** When this claim was first published, and when its public fields last changed (missing in early publications). */
  firstPublishedAt: z.string().optional(),
  modifiedAt: z.string().optional(),
});

export const publicationSnapshotSchema = z.object({
  article: z.object({
    title: z.string(),
    byline: z.string().nullable(),
    siteName: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    publishedTime: z.string().nullable(),
    language: z.string().nullable(),
    plainText: z.string(),
    /** The article revision published (absent in publications made before revisions could change: 1). */
    revision: z.number().int().positive().optional(),
    /** The sanitized article HTML the claims are drawn into (missing in the earliest publications). */
    html: z.string().optional(),
  }),
  claims: z.array(snapshotClaimSchema),
  scale: z.object({ best: z.number().int(), worst: z.number().int() }).nullable(),
  /** `url`: the publisher's home page; null (or missing in early publications' localhost default) means the site's public address. */
  publisher: z.object({ name: z.string(), url: z.string().nullable(), logoUrl: z.string().nullable() }),
});
export type PublicationSnapshot = z.infer<typeof publicationSnapshotSchema>;
export type SnapshotClaim = z.infer<typeof snapshotClaimSchema>;

/** A snapshot without the article's text (lists of fact-checks). */
export const listedSnapshotSchema = publicationSnapshotSchema.extend({
  article: publicationSnapshotSchema.shape.article.omit({ plainText: true, html: true }),
});
export type ListedSnapshot = z.infer<typeof listedSnapshotSchema>;
