// Editors' and reviewers' search (DESIGN.md "The desk's memory"): Postgres full-text search over
// claims (with their verdicts and sources), articles (title and body of the current revision) and
// claimants, each ranked, with the matched words marked in a snippet; trigram similarity for
// names and typos. Filters narrow claims by state, rating, claimant and date added.
import { searchQuerySchema } from "@/lib/schemas/search";
import { defineUseCase } from "../use-case";
import { deskTsQuery } from "./desk-tsquery";
import { searchArticles } from "./search-articles";
import { searchClaimants } from "./search-claimants";
import { searchClaims } from "./search-claims";

export const searchDesk = defineUseCase(
  { permission: "search.use", schema: searchQuerySchema, invalid: "Check the search." },
  async ({ input }) => {
    const tsquery = await deskTsQuery(input.q);
    const wants = (kind: "claims" | "articles" | "claimants") => input.kind === "all" || input.kind === kind;
    // Claim-only filters leave articles and claimants out rather than showing unfiltered ones.
    const claimFilters = Boolean(input.state || input.rating);
    const [claims, articles, claimants] = await Promise.all([
      wants("claims") ? searchClaims(input, tsquery) : [],
      wants("articles") && !claimFilters && !input.claimant ? searchArticles(input, tsquery) : [],
      wants("claimants") && !claimFilters && !input.from && !input.to ? searchClaimants(input, tsquery) : [],
    ]);
    return { q: input.q, filters: input, claims, articles, claimants };
  },
);
