// The reference archive: other publishers' ClaimReview, imported through POST /api/v1/claim-reviews
// and the admin page "Reference archive". Shared by the form, the use-case and the OpenAPI document.
// The body is described loosely on purpose: a broken item is reported by its index while the good
// ones are imported, so only the outer shape (and the 1,000-item limit) can fail a whole request.
import { z } from "zod";
import { flattenClaimReviewBody } from "@/lib/domain/claim-review-import/flatten-body";
import { MAX_IMPORT_ITEMS, prepareClaimReviewImport } from "@/lib/domain/claim-review-import/prepare-import";
import { readJsonText } from "@/lib/domain/claim-review-import/read-json-text";
import { formNumberSchema, wholeNumber } from "./common";

export { MAX_IMPORT_ITEMS };
/** The largest request body (and the largest file the admin page takes), in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const property = (description: string) => z.unknown().optional().meta({ description });

/** One JSON-LD object: a ClaimReview, a DataFeed of them, or a document with a `@graph`. */
export const claimReviewDocumentSchema = z
  .looseObject(
    {
      "@context": property('Usually "https://schema.org".'),
      "@type": property('"ClaimReview" (a string, or an array that includes it); "DataFeed" for a feed.'),
      url: property("Required. The fact-check's own absolute http(s) address; with claimReviewed it identifies the item."),
      claimReviewed: property("Required. The claim, as text (HTML is stripped; at most 2,000 characters)."),
      reviewRating: property(
        'Required. A Rating with alternateName (or name): the verdict as text, like "False"; ratingValue, bestRating and worstRating optional, numbers or numeric strings.',
      ),
      author: property("Required. The publisher: an Organization with name (and url), or its name as a string."),
      datePublished: property("ISO 8601 date, with or without a time: 2024-03-05, 2024-03-05T10:00:00Z, 2024-03-05T10:00:00+01:00."),
      itemReviewed: property(
        "A Claim: author (Person or Organization with name and sameAs, or a name), datePublished, appearance and firstAppearance (CreativeWork with url, or arrays of them).",
      ),
      inLanguage: property('A language code ("en") or a Language object.'),
      dataFeedElement: property("In a DataFeed: ClaimReviews, or DataFeedItems whose item holds one ClaimReview or an array of them."),
      "@graph": property("A JSON-LD graph: its ClaimReview and DataFeed nodes are imported, @id references between nodes are followed."),
    },
    { error: "Each item must be a JSON object (a ClaimReview, a DataFeed or a JSON-LD document)." },
  )
  .meta({
    title: "ClaimReview",
    description: "A schema.org ClaimReview as JSON-LD, a DataFeed of them, or a JSON-LD document with a @graph.",
    examples: [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://factdesk.example.org/checks/harbour-tunnel-cost",
        claimReviewed: "The harbour tunnel in Example City cost 40 million euros.",
        datePublished: "2024-03-05",
        itemReviewed: { "@type": "Claim", author: { "@type": "Organization", name: "Example City Council" }, datePublished: "2024-02-28" },
        author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org/" },
        reviewRating: { "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
      },
    ],
  });

const BODY_SHAPE = "Send a ClaimReview object, an array of them, a schema.org DataFeed or a JSON-LD document with a @graph.";

/**
 * The body of an import: the items found in it, each normalised into the archive's columns or
 * reported by its index. A request fails as a whole only when it holds no ClaimReview, more than
 * 1,000 items, or no item that can be imported (every item's error is then listed under `items`).
 */
export const importClaimReviewsSchema = z
  .union([claimReviewDocumentSchema, z.array(claimReviewDocumentSchema).min(1, BODY_SHAPE).max(MAX_IMPORT_ITEMS, tooMany())], {
    error: (issue) => (Array.isArray(issue.input) ? arrayProblem(issue.input) : BODY_SHAPE),
  })
  .transform((body, context) => {
    const items = flattenClaimReviewBody(body);
    if (items.length === 0) {
      context.addIssue({ code: "custom", path: ["items"], message: `No ClaimReview found. ${BODY_SHAPE}` });
      return z.NEVER;
    }
    if (items.length > MAX_IMPORT_ITEMS) {
      context.addIssue({ code: "custom", path: ["items"], message: tooMany(items.length) });
      return z.NEVER;
    }
    const prepared = prepareClaimReviewImport(items);
    if (prepared.reviews.length === 0) {
      for (const error of prepared.errors) context.addIssue({ code: "custom", path: ["items"], message: error.message });
      return z.NEVER;
    }
    return prepared;
  })
  .meta({ description: `${BODY_SHAPE} Up to ${MAX_IMPORT_ITEMS.toLocaleString("en")} items and 5 MB a request.` });
export type ImportClaimReviewsBody = z.input<typeof importClaimReviewsSchema>;

/** Why an array body was refused as a whole: too many items, or an item that is not an object. */
function arrayProblem(items: unknown[]): string {
  if (items.length > MAX_IMPORT_ITEMS) return tooMany(items.length);
  const index = items.findIndex((item) => typeof item !== "object" || item === null || Array.isArray(item));
  return index >= 0 ? `item ${index} is not a JSON object: send an array of ClaimReview objects.` : BODY_SHAPE;
}

function tooMany(count?: number): string {
  const limit = `Send at most ${MAX_IMPORT_ITEMS.toLocaleString("en")} ClaimReviews a request`;
  return count ? `${limit}; this one holds ${count.toLocaleString("en")}.` : `${limit}.`;
}

/** What an import answers (DESIGN.md, API v1). */
export const importClaimReviewsResultSchema = z
  .object({
    imported: z.int().nonnegative().meta({ description: "New fact-checks added to the archive." }),
    updated: z
      .number()
      .int()
      .meta({ description: "Fact-checks already in the archive (same url and claimReviewed) whose content changed." }),
    skipped: z
      .number()
      .int()
      .meta({ description: "Items identical to what the archive (or an earlier item of the request) already holds." }),
    errors: z
      .array(z.object({ index: z.int().nonnegative(), message: z.string() }))
      .meta({ description: "Items not imported: their index in the flattened list of items, and why." }),
  })
  .meta({ title: "ClaimReviewImportResult" });
export type ImportClaimReviewsResult = z.infer<typeof importClaimReviewsResultSchema>;

/** The admin page's form: pasted JSON or a .json/.jsonld file (read as text), never both. */
export const claimReviewImportFormSchema = z
  .object({
    json: z.string().max(MAX_IMPORT_BYTES, "Paste at most 5 MB of JSON, or split it into several imports.").default(""),
    fileName: z.string().max(255).default(""),
    fileSize: z.number().int().min(0).default(0),
    fileText: z.string().default(""),
  })
  .transform((form, context) => {
    const pasted = form.json.trim() !== "";
    const file = form.fileName !== "";
    const refuse = (field: string, message: string) => {
      context.addIssue({ code: "custom", path: [field], message });
      return z.NEVER;
    };
    if (pasted && file) return refuse("file", "Paste JSON or choose a file, not both: clear one of them.");
    if (!pasted && !file) return refuse("json", "Paste ClaimReview JSON or choose a file.");
    if (file && !/\.(json|jsonld)$/i.test(form.fileName)) return refuse("file", "Choose a .json or .jsonld file.");
    if (file && form.fileSize > MAX_IMPORT_BYTES) return refuse("file", "The file is larger than 5 MB: split it into smaller files.");
    const read = readJsonText(file ? form.fileText : form.json);
    return read.ok ? { body: read.value } : refuse(file ? "file" : "json", read.message);
  });

/** The archive list: an optional text to look for in the claims, and a page number. */
export const searchReferenceArchiveSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "Keep the search under 200 characters.")
    .optional()
    .transform((value) => value || undefined),
  page: formNumberSchema(wholeNumber().min(1, "Pages start at 1.").max(100_000, "There are not that many pages.")).default(1),
});
export type SearchReferenceArchiveInput = z.input<typeof searchReferenceArchiveSchema>;

/** The audit event of an import: its counts, and the API token when one was used. */
export const referenceImportAuditSchema = z.object({
  items: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  token: z.object({ id: z.string(), name: z.string(), scope: z.enum(["READ", "WRITE"]) }).optional(),
});
export type ReferenceImportAudit = z.infer<typeof referenceImportAuditSchema>;
