// API v1: the shapes of its answers (DESIGN.md "API v1"). The presenters are typed by these schemas
// and the OpenAPI document is generated from them, so what is documented is what is sent.
import { z } from "zod";
import { ERROR_CODES } from "@/lib/errors";
import { formNumberSchema, idSchema, wholeNumber } from "./common";

const dateTime = z.iso.datetime({ offset: true });
// Offsets count UTF-16 code units (JavaScript string indices), from 0, end exclusive: an emoji counts 2.
const offset = (what: string) => z.number().int().min(0).describe(`${what} in UTF-16 code units of the article's canonical text.`);
const quoteContext = {
  prefix: z.string().describe("Up to 32 characters before the quote."),
  suffix: z.string().describe("Up to 32 characters after the quote."),
  start: offset("Where the quote starts,"),
  end: offset("Where the quote ends (exclusive),"),
};
const nullableText = z.string().nullable();

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([...ERROR_CODES, "INTERNAL"]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("Field name → what is wrong with it."),
    }),
  })
  .meta({ id: "Error" });

export const apiRatingSchema = z
  .object({
    label: z.string(),
    value: z.number().int().nullable().describe("Position on the numeric scale; null for ratings outside it (Unverifiable…)."),
    bestRating: z.number().int().nullable(),
    worstRating: z.number().int().nullable(),
  })
  .meta({ id: "Rating" });

const claimantSchema = z
  .object({ name: z.string(), title: nullableText, type: z.enum(["Person", "Organization"]), sameAs: z.array(z.string()) })
  .nullable();

export const factCheckSummarySchema = z
  .object({
    slug: z.string(),
    url: z.string().describe("The reader page."),
    title: z.string(),
    siteName: nullableText,
    articleUrl: nullableText.describe("Where the checked article was published."),
    version: z.number().int(),
    publishedAt: dateTime.describe("When this version was published."),
    firstPublishedAt: dateTime,
    claims: z.array(z.object({ claimReviewed: z.string(), claimant: nullableText, rating: apiRatingSchema, summary: z.string() })),
  })
  .meta({ id: "FactCheckSummary" });

export const factCheckListSchema = z.object({
  factChecks: z.array(factCheckSummarySchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
});

export const factCheckSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    version: z.number().int(),
    latestVersion: z.number().int(),
    publishedAt: dateTime,
    firstPublishedAt: dateTime,
    correctionNote: nullableText,
    article: z.object({
      title: z.string(),
      byline: nullableText,
      siteName: nullableText,
      url: nullableText,
      publishedTime: nullableText,
      language: nullableText,
    }),
    publisher: z.object({ name: z.string(), url: z.string() }),
    claims: z.array(
      z.object({
        id: z.string(),
        url: z.string().describe("The claim on the reader page."),
        claimReviewed: z.string(),
        claimant: claimantSchema,
        dateSaid: nullableText,
        appearanceUrl: nullableText,
        rating: apiRatingSchema,
        summary: z.string(),
        explanation: z.string().describe("The explanation as plain text; the reader page shows it with its links."),
        sources: z.array(
          z.object({
            url: nullableText,
            title: z.string(),
            publisher: nullableText,
            quote: nullableText,
            accessedAt: nullableText,
            archiveUrl: nullableText,
            kind: z.enum(["primary", "secondary"]),
          }),
        ),
        quote: z.object({ exact: z.string(), ...quoteContext }),
        datePublished: dateTime,
        dateModified: dateTime,
      }),
    ),
    history: z.array(z.object({ version: z.number().int(), publishedAt: dateTime, correctionNote: nullableText })),
    claimReviews: z.array(z.record(z.string(), z.unknown())).describe("schema.org ClaimReview JSON-LD, as on the reader page."),
  })
  .meta({ id: "FactCheck" });

export const similarClaimsSchema = z.object({
  results: z.array(
    z.object({
      claimReviewed: z.string(),
      url: z.string(),
      publisher: z.string(),
      rating: z.string().nullable(),
      datePublished: dateTime.nullable(),
      score: z.number().min(0).max(1),
      origin: z.enum(["desk", "reference"]),
    }),
  ),
});

export const checkWorthinessSchema = z.object({
  sentences: z.array(
    z.object({
      text: z.string(),
      start: z.number().int().min(0).describe("Where the sentence starts, in UTF-16 code units of the posted text."),
      end: z.number().int().min(0).describe("Where the sentence ends (exclusive), in UTF-16 code units of the posted text."),
      score: z.number().min(0).max(1),
      reasons: z.array(z.string()),
    }),
  ),
});

export const articleClaimsSchema = z.object({
  article: z.object({ id: z.string(), title: z.string() }),
  claims: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      state: z.enum(["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"]),
      rating: z.string().nullable(),
      claimant: nullableText,
      anchor: z.object({ quote: z.string(), ...quoteContext }),
      anchorStatus: z.enum(["ANCHORED", "MOVED", "ORPHANED"]),
      updatedAt: dateTime,
    }),
  ),
});

const agentSchema = z.object({ type: z.literal("Organization"), name: z.string(), homepage: z.string() });

export const annotationCollectionSchema = z
  .object({
    "@context": z.literal("http://www.w3.org/ns/anno.jsonld"),
    id: z.string(),
    type: z.literal("AnnotationCollection"),
    label: z.string(),
    total: z.number().int(),
    creator: agentSchema,
    first: z.object({
      id: z.string(),
      type: z.literal("AnnotationPage"),
      startIndex: z.literal(0),
      items: z.array(
        z.object({
          id: z.string(),
          type: z.literal("Annotation"),
          motivation: z.literal("assessing"),
          created: z.string(),
          modified: z.string(),
          creator: agentSchema,
          body: z.array(
            z.union([
              z.object({
                type: z.literal("TextualBody"),
                purpose: z.enum(["assessing", "describing", "commenting"]),
                value: z.string(),
                format: z.literal("text/plain"),
              }),
              z.object({ id: z.string(), type: z.literal("Text"), format: z.literal("text/html") }),
            ]),
          ),
          target: z.object({
            type: z.literal("SpecificResource"),
            source: z.string(),
            selector: z.array(
              z.union([
                z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() }),
                z.object({ type: z.literal("TextPositionSelector"), start: z.number().int(), end: z.number().int() }),
              ]),
            ),
          }),
        }),
      ),
    }),
  })
  .meta({ id: "AnnotationCollection" });

// Inputs that are only the API's (the use-cases' own schemas live with their entities).
export const listFactChecksSchema = z.object({
  cursor: z.string().max(200).optional().describe("From the previous page's `nextCursor`."),
  limit: formNumberSchema(wholeNumber().min(1, "Ask for at least 1.").max(100, "Ask for at most 100.")).default(20),
});

export const getFactCheckSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/, "Not a fact-check's address."),
  version: formNumberSchema(wholeNumber().min(1)).optional(),
});

export const articleClaimsInputSchema = z.object({ id: idSchema });
