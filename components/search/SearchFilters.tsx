import type { SearchQuery } from "@/lib/schemas/search";

type Values = { q: string; kind?: string; state?: string; rating?: string; claimant?: string; from?: string; to?: string };
const STATES: [NonNullable<SearchQuery["state"]>, string][] = [
  ["DRAFT", "Draft"],
  ["IN_REVIEW", "In review"],
  ["CHANGES_REQUESTED", "Changes requested"],
  ["APPROVED", "Approved"],
];

/** The search form: a plain GET form, so every search and filter is a link that can be shared. */
export function SearchFilters({ values, ratings }: { values: Values; ratings: string[] }) {
  return (
    <form role="search" action="/search" className="desk-search">
      <div className="desk-search__query">
        <label htmlFor="q" className="visually-hidden">
          Search claims, articles and claimants
        </label>
        <input id="q" name="q" type="search" defaultValue={values.q} placeholder="Search claims, articles and claimants" minLength={2} />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <fieldset className="plain-fieldset desk-search__filters">
        <legend className="visually-hidden">Filters</legend>
        <div className="field">
          <label htmlFor="filter-kind">Show</label>
          <select id="filter-kind" name="kind" defaultValue={values.kind ?? "all"}>
            <option value="all">Everything</option>
            <option value="claims">Claims</option>
            <option value="articles">Articles</option>
            <option value="claimants">Claimants</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" name="state" defaultValue={values.state ?? ""}>
            <option value="">Any state</option>
            {STATES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-rating">Rating</label>
          <select id="filter-rating" name="rating" defaultValue={values.rating ?? ""}>
            <option value="">Any rating</option>
            {ratings.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-claimant">Claimant</label>
          <input id="filter-claimant" name="claimant" type="text" defaultValue={values.claimant ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-from">Added from</label>
          <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">Added until</label>
          <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
        </div>
      </fieldset>
    </form>
  );
}
