// What an editor submits to import an article. Shared by the import form and the use-case.
import { z } from "zod";
import { httpUrlSchema, idSchema } from "./common";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

/** Metadata the editor may set or correct; empty fields fall back to what the page says. */
const metadata = {
  /** True when the editor chose to import a separate copy of an article already on the desk. */
  allowDuplicate: z.boolean().default(false),
  title: optionalText(300),
  byline: optionalText(300),
  siteName: optionalText(200),
  language: optionalText(35),
  publishedTime: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || !Number.isNaN(Date.parse(value)), "Use a date like 2025-05-04.")
    .refine((value) => {
      if (!value) return true;
      const year = new Date(value).getUTCFullYear();
      return Number.isNaN(year) || (year >= 1900 && year <= 2100); // not a date at all: said above
    }, "Use a date between 1900 and 2100, like 2025-05-04.")
    .transform((value) => (value ? new Date(value) : undefined)),
};

export const previewArticleUrlSchema = z.object({
  url: httpUrlSchema("Enter a full web address starting with http:// or https://."),
});

export const MAX_IMPORT_CHARACTERS = 5 * 1024 * 1024;

export const importArticleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("url"), ...previewArticleUrlSchema.shape, ...metadata }),
  z.object({
    kind: z.literal("text"),
    text: z.string().trim().min(1, "Paste the article text.").max(MAX_IMPORT_CHARACTERS, "The text is too long to import (5 MB at most)."),
    ...metadata,
    title: z.string().trim().min(1, "Give the article a title.").max(300),
  }),
  z.object({
    kind: z.literal("file"),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine((name) => /\.(html?|md|markdown|txt)$/i.test(name), "Choose an HTML, Markdown or text file (.html, .md, .txt)."),
    content: z.string().min(1, "The file is empty.").max(MAX_IMPORT_CHARACTERS, "The file is too large to import (5 MB at most)."),
    ...metadata,
  }),
]);
export type ImportArticleInput = z.infer<typeof importArticleSchema>;

/** A new version of an article already on the desk: fetched again from its address, pasted, or a file. */
export const addRevisionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("recheck"), articleId: idSchema }),
  z.object({
    kind: z.literal("text"),
    articleId: idSchema,
    text: z.string().trim().min(1, "Paste the new version's text.").max(MAX_IMPORT_CHARACTERS, "The text is too long (5 MB at most)."),
  }),
  z.object({
    kind: z.literal("file"),
    articleId: idSchema,
    fileName: importArticleSchema.options[2].shape.fileName,
    content: importArticleSchema.options[2].shape.content,
  }),
]);
export type AddRevisionInput = z.infer<typeof addRevisionSchema>;

/** Attach a claim to other words of its article's current text: a selection, or a candidate offered. */
export const reattachClaimSchema = z
  .object({
    claimId: idSchema,
    version: z.number().int().positive(),
    start: z.number().int().min(0, "Select the words to attach the claim to."),
    end: z.number().int().min(1, "Select the words to attach the claim to."),
  })
  .refine((value) => value.end > value.start, { path: ["end"], message: "Select the words to attach the claim to." });

/** An orphan's best places in the current text, as stored by re-anchoring. */
export const anchorCandidatesSchema = z.array(
  z.object({ start: z.number().int(), end: z.number().int(), exact: z.string(), similarity: z.number() }),
);
