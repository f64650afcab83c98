import Link from "next/link";
import { BulkActions } from "@/components/bulk/BulkActions";
import { selectBox } from "@/components/bulk/select-box";
import type { BulkAbilities } from "@/lib/schemas/bulk";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import type { ArticleHit } from "@/lib/server/search/search-articles";
import type { ClaimantHit } from "@/lib/server/search/search-claimants";
import type { ClaimHit } from "@/lib/server/search/search-claims";
import { Highlighted } from "./Highlighted";

// The ticked claims serve both the CSV download (a plain GET form, works without JS) and the bulk bar.
const BULK_FORM = "bulk-search";

const FOUND_IN = { claim: "the claim", verdict: "the verdict", source: "a source", spelling: "similar spelling" } as const;

type Bulk = { members: { id: string; name: string }[]; can: BulkAbilities };

/** Claims found, each opening its panel in the workbench; ticked ones go to the CSV download or a bulk action. */
export function ClaimResults({ claims, q, exportQuery, bulk }: { claims: ClaimHit[]; q: string; exportQuery: string; bulk?: Bulk }) {
  return (
    <section aria-labelledby="claims-results">
      <h2 id="claims-results">Claims</h2>
      {/* A plain GET form: the ticked claims go to the CSV download as repeated ids. */}
      <form action="/articles/claims.csv" aria-label="Download claims as CSV">
        <input type="hidden" name="from" value={q} />
        <p className="button-row">
          <a href={`/articles/claims.csv?${exportQuery}`}>Download all matching claims (CSV)</a>
          <button type="submit" name="selection" value="1" className="button button--quiet">
            Download selected (CSV)
          </button>
        </p>
        <ul className="stack search-results">
          {claims.map((claim) => (
            <li key={claim.id}>
              <input
                {...selectBox(BULK_FORM, { id: claim.id, version: claim.version })}
                name="ids"
                id={`select-${claim.id}`}
                aria-label={`Select “${claim.text}”`}
              />{" "}
              <Link href={`/articles/${claim.articleId}?claim=${claim.id}`}>{claim.text}</Link> <StatePill state={claim.state} />
              {claim.rating ? <RatingBadge rating={claim.rating} /> : null}
              <p className="search-snippet">
                <Highlighted headline={claim.snippet} />
              </p>
              <div className="muted">
                Found in {claim.foundIn.map((place) => FOUND_IN[place]).join(", ")} · {claim.claimantName ?? "No claimant"} · in “
                {claim.articleTitle}”
              </div>
            </li>
          ))}
        </ul>
      </form>
      {/* After the results: forms cannot nest, and the CSV download's form holds the boxes. */}
      {bulk && <BulkActions formId={BULK_FORM} of="claims" members={bulk.members} can={bulk.can} collapsible />}
    </section>
  );
}

export function ArticleResults({ articles }: { articles: ArticleHit[] }) {
  return (
    <section aria-labelledby="article-results">
      <h2 id="article-results">Articles</h2>
      <ul className="search-results">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={`/articles/${article.id}`}>{article.title}</Link>
            <p className="search-snippet">
              <Highlighted headline={article.snippet} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClaimantResults({ claimants }: { claimants: ClaimantHit[] }) {
  return (
    <section aria-labelledby="claimant-results">
      <h2 id="claimant-results">Claimants</h2>
      <ul className="search-results">
        {claimants.map((claimant) => (
          <li key={claimant.id}>
            <Link href={`/claimants/${claimant.id}`}>{claimant.name}</Link>
            {claimant.title ? `, ${claimant.title}` : ""}{" "}
            <span className="muted">
              · {claimant.claims} {claimant.claims === 1 ? "claim" : "claims"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
