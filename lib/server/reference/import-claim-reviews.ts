// Other publishers' ClaimReview into the reference archive (POST /api/v1/claim-reviews and the
// admin page). Idempotent by (url, claimReviewed): a new pair is imported, a known pair with other
// content is updated, an identical one skipped. Every write of a request, and its audit event, is
// one transaction: a failure writes nothing. Broken items are reported by index, never written.
import { db, type Tx } from "@/lib/db";
import { reviewFingerprint, type ReferenceClaimReviewFields } from "@/lib/domain/claim-review-import/normalize-claim-review";
import { type PreparedImport, reviewKey } from "@/lib/domain/claim-review-import/prepare-import";
import { isWriteConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import {
  type ImportClaimReviewsResult,
  importClaimReviewsSchema,
  MAX_IMPORT_ITEMS,
  type ReferenceImportAudit,
  referenceImportAuditSchema,
} from "@/lib/schemas/reference";
import { recordAudit } from "../audit/record-audit";
import { defineUseCase } from "../use-case";

const COLUMNS = {
  url: true,
  claimReviewed: true,
  publisherName: true,
  publisherUrl: true,
  ratingText: true,
  ratingValue: true,
  bestRating: true,
  worstRating: true,
  datePublished: true,
  claimantName: true,
  claimantType: true,
  claimDate: true,
  appearanceUrls: true,
  language: true,
  raw: true,
} as const satisfies Record<keyof ReferenceClaimReviewFields, true>;

// Two imports of the same new fact-check at once: the second one's insert meets the first one's
// row (a unique violation) and is simply run again, when it finds that row and skips or updates it.
const ATTEMPTS = 3;

export const importClaimReviews = defineUseCase(
  {
    permission: "reference.import",
    schema: importClaimReviewsSchema,
    invalid: "Nothing was imported.",
    // 1,000 items of generous JSON-LD (logos, sameAs lists, appearances) hold far more than the default.
    maxValues: MAX_IMPORT_ITEMS * 250,
  },
  async ({ actor, input }): Promise<ImportClaimReviewsResult> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.$transaction((tx) => writeImport(tx, actor, input), { maxWait: 10_000, timeout: 120_000 });
      } catch (error) {
        if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      }
    }
  },
);

async function writeImport(tx: Tx, actor: Actor, prepared: PreparedImport): Promise<ImportClaimReviewsResult> {
  const urls = [...new Set(prepared.reviews.map(({ review }) => review.url))];
  const rows = await tx.referenceClaimReview.findMany({ where: { url: { in: urls } }, select: COLUMNS });
  const existing = new Map(rows.map((row) => [reviewKey(row), reviewFingerprint(row as ReferenceClaimReviewFields)]));
  const created: ReferenceClaimReviewFields[] = [];
  let updated = 0;
  let skipped = prepared.repeats;
  for (const { review, fingerprint } of prepared.reviews) {
    const known = existing.get(reviewKey(review));
    if (known === undefined) created.push(review);
    else if (known === fingerprint) skipped++;
    else {
      const { url, claimReviewed } = review;
      await tx.referenceClaimReview.update({ where: { url_claimReviewed: { url, claimReviewed } }, data: asRow(review) });
      updated++;
    }
  }
  if (created.length > 0) await tx.referenceClaimReview.createMany({ data: created.map(asRow) });
  const result = { imported: created.length, updated, skipped, errors: prepared.errors };
  const audit: ReferenceImportAudit = referenceImportAuditSchema.parse({
    items: prepared.itemCount,
    imported: result.imported,
    updated,
    skipped,
    errors: prepared.errors.length,
    token: actor.token,
  });
  await recordAudit(tx, { actorId: actor.id, entityType: "ReferenceClaimReview", entityId: "archive", action: "import", changes: audit });
  return result;
}

function asRow(review: ReferenceClaimReviewFields) {
  return { ...review, raw: review.raw as Prisma.InputJsonValue };
}
