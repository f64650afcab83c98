// Similar claims (DESIGN.md "The desk's memory"): earlier fact-checks of the same or a similar claim —
// the desk's published ones and the reference archive for anyone, the desk's unpublished claims too
// for a caller who may read them. A post is read as stemmed words in its language (query-words.ts)
// and every source is ranked together by BM25 with field weights and a trigram nudge
// (rank-similar.ts); each result says which words of the post it matched.
import { matchedWords } from "@/lib/domain/similar/ranking";
import { can } from "@/lib/permissions";
import { similarClaimsInputSchema } from "@/lib/schemas/similar";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { definePublicUseCase } from "../use-case";
import { queryWords } from "./query-words";
import { rankSimilar } from "./rank-similar";

/** `href`: absolute for the reference archive, a path on this site ("/f/…", "/articles/…") for the desk. */
export type SimilarClaim = {
  claimReviewed: string;
  href: string;
  publisher: string;
  rating: string | null;
  datePublished: Date | null;
  score: number;
  origin: "desk" | "reference";
  /** The words of the text asked about that this fact-check matched ("why it matched"); not in the API. */
  matchedWords: string[];
};

export const findSimilarClaims = definePublicUseCase(
  { schema: similarClaimsInputSchema, invalid: "Describe the claim to match." },
  async ({ actor, input }): Promise<SimilarClaim[]> => {
    const words = await queryWords(input.text);
    const lexemes = [...new Set(words.flatMap((word) => word.lexemes))];
    const [profile, rows] = await Promise.all([
      getPublisherProfile(),
      rankSimilar({ lexemes, text: input.text, limit: input.limit, desk: can(actor, "claim.read") }),
    ]);
    return rows.map((row) => ({
      claimReviewed: row.text,
      href: row.href,
      publisher: row.origin === "reference" ? (row.publisher ?? "") : profile.name,
      rating: row.rating,
      datePublished: row.datePublished,
      score: Math.round(Math.max(0, row.score) * 1000) / 1000,
      origin: row.origin === "reference" ? "reference" : "desk",
      matchedWords: matchedWords(words, row.matched),
    }));
  },
);
