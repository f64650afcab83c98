// Writes the sample article as an imported plain-text revision with its claims, verdicts,
// sources and reviews, then publishes it through the same use-case editors use.
import fs from "node:fs";
import path from "node:path";
import type { Tx } from "@/lib/db";
import { anchorQuote } from "@/lib/domain/anchoring/text-quote";
import { canonicalTextOf, htmlOfParagraphs, paragraphsOf } from "@/lib/domain/articles/plain-text";
import { contentHash } from "@/lib/domain/articles/content-hash";
import { richTextFromParagraphs, richTextToPlainText } from "@/lib/domain/rich-text/render-rich-text";
import { asJson } from "@/lib/server/as-json";
import { writeImportedArticle } from "@/lib/server/articles/write-imported-article";
import { recordClaimEvent } from "@/lib/server/audit/record-claim-event";
import { SAMPLE_ARTICLE, SAMPLE_CLAIMANTS, SAMPLE_CLAIMS, type SampleClaim } from "./sample-fact-check-data";

export function readSampleArticle() {
  const rawInput = fs.readFileSync(path.join(__dirname, "articles", SAMPLE_ARTICLE.file), "utf8");
  const paragraphs = paragraphsOf(rawInput);
  return { rawInput, paragraphs, plainText: canonicalTextOf(paragraphs) };
}

type Authors = { editorId: string; reviewerId: string };

async function upsertClaimants(tx: Tx) {
  const ids = new Map<string, string>();
  for (const { key, ...claimant } of SAMPLE_CLAIMANTS) {
    const existing = await tx.claimant.findFirst({ where: { name: claimant.name } });
    ids.set(key, (existing ?? (await tx.claimant.create({ data: claimant }))).id);
  }
  return ids;
}

async function writeClaim(
  tx: Tx,
  sample: SampleClaim,
  context: { articleId: string; revisionId: string; plainText: string; claimantId: string; ratingId: string; authors: Authors },
) {
  const anchor = anchorQuote(context.plainText, sample.quote);
  if (!anchor) throw new Error(`Sample quote not found in the article: "${sample.quote}"`);
  const explanation = richTextFromParagraphs(sample.explanation);
  const claim = await tx.claim.create({
    data: {
      articleId: context.articleId,
      revisionId: context.revisionId,
      anchorExact: anchor.exact,
      anchorPrefix: anchor.prefix,
      anchorSuffix: anchor.suffix,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      text: sample.text,
      claimantId: context.claimantId,
      dateSaid: sample.dateSaid ? new Date(`${sample.dateSaid}T12:00:00Z`) : null,
      tags: sample.tags,
      checkWorthiness: sample.checkWorthiness,
      state: sample.state,
      createdById: context.authors.editorId,
      verdict: {
        create: {
          ratingId: context.ratingId,
          summary: sample.summary,
          explanation: asJson(explanation),
          explanationText: richTextToPlainText(explanation),
          authorId: context.authors.editorId,
          contributors: { connect: [{ id: context.authors.editorId }] },
        },
      },
      sources: {
        create: sample.sources.map((source, position) => ({
          ...source,
          position,
          accessedAt: new Date("2025-05-16T09:00:00Z"),
        })),
      },
    },
  });
  let approvedBy: string | undefined;
  if (sample.state === "APPROVED") {
    const review = await tx.review.create({
      data: { claimId: claim.id, reviewerId: context.authors.reviewerId, decision: "APPROVE", verdictVersion: 1, claimVersion: 1 },
      include: { reviewer: { select: { name: true } } },
    });
    approvedBy = review.reviewer.name;
  }
  await recordClaimEvent(tx, {
    actorId: context.authors.editorId,
    claimId: claim.id,
    action: "seed",
    changes: { text: sample.text, state: sample.state, approvedBy },
  });
  return claim;
}

/** Creates the sample article and its claims (skips when it exists). Returns its id. */
export async function seedSampleArticle(tx: Tx, authors: Authors, ratingIds: Map<string, string>) {
  const existing = await tx.article.findUnique({ where: { slug: SAMPLE_ARTICLE.slug } });
  if (existing) return { articleId: existing.id, created: false };

  const { rawInput, paragraphs, plainText } = readSampleArticle();
  const { article, revision } = await writeImportedArticle(tx, {
    slug: SAMPLE_ARTICLE.slug,
    actorId: authors.editorId,
    seeded: true,
    revision: {
      format: "TEXT",
      rawInput,
      sanitizedHtml: htmlOfParagraphs(paragraphs),
      plainText,
      contentHash: contentHash(plainText),
      sourceUrl: null,
      title: SAMPLE_ARTICLE.title,
      byline: null,
      siteName: SAMPLE_ARTICLE.siteName,
      publishedTime: SAMPLE_ARTICLE.publishedTime ? new Date(SAMPLE_ARTICLE.publishedTime) : null,
      language: SAMPLE_ARTICLE.language,
    },
  });

  const claimantIds = await upsertClaimants(tx);
  for (const sample of SAMPLE_CLAIMS) {
    await writeClaim(tx, sample, {
      articleId: article.id,
      revisionId: revision.id,
      plainText,
      claimantId: claimantIds.get(sample.claimant)!,
      ratingId: ratingIds.get(sample.rating)!,
      authors,
    });
  }
  return { articleId: article.id, created: true };
}
