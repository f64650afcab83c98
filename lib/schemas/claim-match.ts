// "Same claim as": what an editor links from a claim — an earlier fact-check as the panel showed it.
import { z } from "zod";
import { idSchema } from "./common";

/** A link the panel offered: a desk page ("/f/…", "/articles/…") or another publisher's http(s) page. */
const matchHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => /^\/(f|articles)\/[\w-]+/.test(href) || /^https?:\/\/[^\s]+$/i.test(href), "Not a fact-check address.");

export const linkClaimMatchSchema = z.object({
  claimId: idSchema,
  href: matchHref,
  origin: z.enum(["desk", "reference"]),
  claimReviewed: z.string().trim().min(1).max(2000),
  publisher: z.string().trim().min(1).max(300),
  rating: z.string().trim().max(200).nullable(),
});
export type LinkClaimMatchInput = z.infer<typeof linkClaimMatchSchema>;

export const unlinkClaimMatchSchema = z.object({ claimId: idSchema, matchId: idSchema });

export const similarForClaimSchema = z.object({
  claimId: idSchema,
  text: z.string().trim().max(1000).default(""),
});
