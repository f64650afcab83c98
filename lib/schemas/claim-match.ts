// "Same claim as": what an editor links from a claim — an earlier fact-check as the panel showed it.
import { z } from "zod";
import { idSchema } from "./common";

/**
 * A link the panel offered: the desk's published claim ("/f/<slug>#claim-<id>"), a claim in
 * progress ("/articles/<id>?claim=<id>") or a reference fact-check's http(s) address. Only the
 * address is taken: what it says (claim, publisher, rating) is read from the desk's own records.
 */
export const linkClaimMatchSchema = z.object({
  claimId: idSchema,
  href: z.string().trim().min(1, "Choose a fact-check to link.").max(2048),
});
export type LinkClaimMatchInput = z.infer<typeof linkClaimMatchSchema>;

export const unlinkClaimMatchSchema = z.object({ claimId: idSchema, matchId: idSchema });

export const similarForClaimSchema = z.object({
  claimId: idSchema,
  text: z.string().trim().max(1000).default(""),
});
