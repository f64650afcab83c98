// What an editor submits to import an article. Shared by the import form and the use-case.
import { z } from "zod";
import { httpUrlSchema } from "./common";

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
