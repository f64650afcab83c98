// Every API v1 endpoint (DESIGN.md "API v1"). A route handler imports its entry from here; the
// OpenAPI document lists exactly these.
import { z } from "zod";
import {
  annotationCollectionSchema,
  articleClaimsInputSchema,
  articleClaimsSchema,
  checkWorthinessSchema,
  factCheckListSchema,
  factCheckSchema,
  getFactCheckSchema,
  listFactChecksSchema,
  similarClaimsSchema,
} from "@/lib/schemas/api";
import { checkWorthinessInputSchema } from "@/lib/schemas/check-worthiness";
import { exportClaimsSchema } from "@/lib/schemas/export";
import { importClaimReviewsResultSchema, importClaimReviewsSchema, MAX_IMPORT_BYTES } from "@/lib/schemas/reference";
import { similarClaimsInputSchema } from "@/lib/schemas/similar";
import { defineEndpoint } from "./endpoint";

export const listFactChecksEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/fact-checks",
  operationId: "listFactChecks",
  summary: "Published fact-checks, newest first",
  description: "The latest version of every published fact-check, a page at a time. Follow `nextCursor` until it is null.",
  tags: ["Fact-checks"],
  access: "public",
  parameters: listFactChecksSchema,
  response: { schema: factCheckListSchema, description: "A page of fact-checks." },
  errors: [],
  publicMaxAge: 60,
});

export const getFactCheckEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/fact-checks/{slug}",
  operationId: "getFactCheck",
  summary: "One published fact-check",
  description:
    "Its claims with verdicts, explanations, sources and quotes, its version history, and the ClaimReview JSON-LD of the reader page. `version` asks for an earlier version.",
  tags: ["Fact-checks"],
  access: "public",
  parameters: getFactCheckSchema,
  response: { schema: factCheckSchema, description: "The fact-check." },
  errors: ["NOT_FOUND"],
  publicMaxAge: 60,
});

export const factCheckAnnotationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/fact-checks/{slug}/annotations",
  operationId: "getFactCheckAnnotations",
  summary: "A publication as W3C Web Annotations",
  description:
    "An AnnotationCollection (JSON-LD): one `assessing` annotation per published claim, with a TextQuoteSelector and a TextPositionSelector (Unicode characters) on the published text. `version` asks for an earlier version.",
  tags: ["Fact-checks"],
  access: "public",
  parameters: getFactCheckSchema,
  response: { schema: annotationCollectionSchema, description: "The annotations.", contentType: "application/ld+json" },
  errors: ["NOT_FOUND"],
  publicMaxAge: 60,
});

export const similarClaimsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/claims/similar",
  operationId: "findSimilarClaims",
  summary: "Fact-checks of the same or a similar claim",
  description:
    "Best first. Without a token: the desk's published fact-checks and the reference archive (other publishers' ClaimReview). With a token: the desk's unpublished claims too.",
  tags: ["Claims"],
  access: "public",
  parameters: similarClaimsInputSchema,
  response: { schema: similarClaimsSchema, description: "Matching fact-checks, best first." },
  errors: [],
});

export const checkWorthinessEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/check-worthiness",
  operationId: "scoreCheckWorthiness",
  summary: "How check-worthy each sentence of a text is",
  description: "Each sentence with its offsets in the text (UTF-16 code units), a score from 0 to 1 and the reasons behind it.",
  tags: ["Claims"],
  access: "public",
  body: checkWorthinessInputSchema,
  maxBodyBytes: 1024 * 1024,
  response: { schema: checkWorthinessSchema, description: "The sentences, in reading order." },
  errors: ["TOO_LARGE"],
});

export const importClaimReviewsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/claim-reviews",
  operationId: "importClaimReviews",
  summary: "Import other publishers' ClaimReview into the reference archive",
  description:
    "A ClaimReview, an array of them, a schema.org DataFeed or a JSON-LD document with @graph; up to 1,000 items and 5 MB. Idempotent by `url` and `claimReviewed`: new pairs are imported, changed ones updated, identical ones skipped. Items that cannot be imported are listed in `errors` by their index (from 0) in the flattened list; the others are written in one transaction. A body with no importable item is answered 422 with every item's problem in `error.fields.items`.",
  tags: ["Reference archive"],
  access: "write",
  body: importClaimReviewsSchema,
  maxBodyBytes: MAX_IMPORT_BYTES,
  response: { schema: importClaimReviewsResultSchema, description: "What was imported, updated and skipped, and why items were not." },
  errors: ["FORBIDDEN", "TOO_LARGE", "CONFLICT"],
});

export const articleClaimsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/articles/{id}/claims",
  operationId: "listArticleClaims",
  summary: "An article's claims with their anchors",
  description:
    "Every claim of the article (deleted ones left out) with its state, rating, claimant, anchor in the current text and anchor status.",
  tags: ["Claims"],
  access: "read",
  parameters: articleClaimsInputSchema,
  response: { schema: articleClaimsSchema, description: "The article's claims in reading order." },
  errors: ["FORBIDDEN", "NOT_FOUND"],
});

export const claimsCsvEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/claims.csv",
  operationId: "exportClaimsCsv",
  summary: "Claims as CSV",
  description:
    "The search page's filters, or `ids`. Columns are documented in the README; cells that would start a spreadsheet formula are prefixed with '.",
  tags: ["Claims"],
  access: "read",
  parameters: exportClaimsSchema,
  response: { schema: z.string(), description: "CSV (UTF-8 with a byte-order mark, CRLF line ends).", contentType: "text/csv" },
  errors: ["FORBIDDEN"],
});

export const ENDPOINTS = [
  listFactChecksEndpoint,
  getFactCheckEndpoint,
  factCheckAnnotationsEndpoint,
  similarClaimsEndpoint,
  checkWorthinessEndpoint,
  importClaimReviewsEndpoint,
  articleClaimsEndpoint,
  claimsCsvEndpoint,
];
