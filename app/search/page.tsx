import type { Metadata } from "next";
import { ArticleResults, ClaimantResults, ClaimResults } from "@/components/search/SearchResults";
import { SearchFilters } from "@/components/search/SearchFilters";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { bulkAbilities } from "@/lib/server/claims/bulk-abilities";
import { listDeskMembers } from "@/lib/server/users/list-desk-members";
import { listRatings } from "@/lib/server/ratings/list-ratings";
import { searchDesk } from "@/lib/server/search/search-desk";

export const metadata: Metadata = { title: "Search" };
const FIELDS = ["q", "kind", "state", "rating", "claimant", "from", "to"] as const;
type Asked = Partial<Record<(typeof FIELDS)[number] | "export", string | string[]>>;

async function search(actor: Actor, input: Record<string, string>) {
  try {
    return { results: await searchDesk({ actor, input }), refused: null };
  } catch (error) {
    // A query that is too short or a filter that is wrong is answered in words, not an error page.
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return { results: null, refused: Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message };
    throw error;
  }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Asked> }) {
  const asked = await searchParams;
  const values = Object.fromEntries(FIELDS.flatMap((field) => (typeof asked[field] === "string" ? [[field, asked[field]]] : []))) as Record<
    string,
    string
  >;
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== "")).toString();
  const actor = await requirePageActor(`/search${query ? `?${query}` : ""}`);
  const ratings = (await listRatings({ actor })).map((rating) => rating.label);
  const { results, refused } = values.q ? await search(actor, values) : { results: null, refused: null };
  const filtered = ["state", "rating", "claimant", "from", "to"].some((field) => values[field]) || (values.kind ?? "all") !== "all";
  const total = results ? results.claims.length + results.articles.length + results.claimants.length : 0;
  const exportQuery = new URLSearchParams(
    Object.entries({ q: values.q, state: values.state, rating: values.rating, claimant: values.claimant }).flatMap(([key, value]) =>
      value ? [[key, value]] : [],
    ),
  ).toString();
  return (
    <div className="page">
      <h1>Search</h1>
      <SearchFilters values={{ q: "", ...values }} ratings={ratings} />
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      {asked.export === "none-selected" && (
        <p role="alert" className="field-error">
          No claim was ticked: tick the claims to download, then press “Download selected (CSV)” again.
        </p>
      )}
      {!values.q && !refused && <p className="empty-state">Type a word or two: a claim, a name, a phrase from an article.</p>}
      {results && total === 0 && (
        <p className="empty-state">
          Nothing matches “{results.q}”{filtered ? " with these filters" : ""}. Try fewer words{filtered ? " or fewer filters" : ""}.
        </p>
      )}
      {results && results.claims.length > 0 && (
        <ClaimResults
          claims={results.claims}
          q={results.q}
          exportQuery={exportQuery}
          bulk={{ members: await listDeskMembers({ actor }), can: bulkAbilities(actor) }}
        />
      )}
      {results && results.articles.length > 0 && <ArticleResults articles={results.articles} />}
      {results && results.claimants.length > 0 && <ClaimantResults claimants={results.claimants} />}
    </div>
  );
}
