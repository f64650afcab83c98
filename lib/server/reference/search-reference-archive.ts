// The reference archive, newest first, a page at a time, optionally only the fact-checks whose
// claim contains a text (ILIKE, served by the trigram index ReferenceClaimReview_claimReviewed_trgm).
import { db } from "@/lib/db";
import { searchReferenceArchiveSchema } from "@/lib/schemas/reference";
import { defineUseCase } from "../use-case";
import { literalPattern } from "@/lib/domain/text/literal-pattern";

export const REFERENCE_PAGE_SIZE = 20;

export const searchReferenceArchive = defineUseCase(
  { permission: "search.use", schema: searchReferenceArchiveSchema, invalid: "Check the search." },
  async ({ input: { q, page } }) => {
    const where = q ? { claimReviewed: { contains: literalPattern(q), mode: "insensitive" as const } } : {};
    const [total, entries] = await Promise.all([
      db.referenceClaimReview.count({ where }),
      db.referenceClaimReview.findMany({
        where,
        // Newest first by the publisher's date; undated fact-checks after the dated ones, newest import first.
        orderBy: [{ datePublished: { sort: "desc", nulls: "last" } }, { importedAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * REFERENCE_PAGE_SIZE,
        take: REFERENCE_PAGE_SIZE,
        select: {
          id: true,
          url: true,
          claimReviewed: true,
          publisherName: true,
          publisherUrl: true,
          ratingText: true,
          datePublished: true,
          claimantName: true,
          importedAt: true,
        },
      }),
    ]);
    return { q: q ?? "", page, pageSize: REFERENCE_PAGE_SIZE, total, pages: Math.max(1, Math.ceil(total / REFERENCE_PAGE_SIZE)), entries };
  },
);
