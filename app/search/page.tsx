import type { Metadata } from "next";
import Link from "next/link";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import type { Actor } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { searchDesk } from "@/lib/server/search/search-desk";

export const metadata: Metadata = { title: "Search" };

async function search(actor: Actor, q: string) {
  try {
    return { results: await searchDesk({ actor, input: { q } }), refused: null };
  } catch (error) {
    // A query that is too short or too long is answered with the schema's message, not an error page.
    if (error instanceof AppError && error.code === "INVALID_INPUT") return { results: null, refused: error.message };
    throw error;
  }
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; export?: string | string[] }>;
}) {
  const { q: asked, export: exportRefused } = await searchParams;
  const q = typeof asked === "string" ? asked : "";
  const actor = await requirePageActor(`/search${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  const { results, refused } = q ? await search(actor, q) : { results: null, refused: null };
  const total = results ? results.claims.length + results.articles.length + results.claimants.length : 0;
  return (
    <div className="page">
      <h1>Search</h1>
      <form role="search" action="/search" className="search-form">
        <label htmlFor="q" className="visually-hidden">
          Search claims, articles and claimants
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="Search claims, articles and claimants" minLength={2} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {refused && <p className="field-error">{refused}</p>}
      {exportRefused === "none-selected" && (
        <p role="alert" className="field-error">
          No claim was ticked: tick the claims to download, then press “Download selected (CSV)” again.
        </p>
      )}
      {results && total === 0 && <p className="empty-state">Nothing matches “{results.q}”.</p>}
      {results && results.claims.length > 0 && (
        <section aria-labelledby="claims-results">
          <h2 id="claims-results">Claims</h2>
          {/* A plain GET form: the ticked claims go to the CSV download as repeated ids. */}
          <form action="/articles/claims.csv" aria-label="Download claims as CSV">
            <input type="hidden" name="from" value={results.q} />
            <p className="button-row">
              <a href={`/articles/claims.csv?q=${encodeURIComponent(results.q)}`}>Download all matching claims (CSV)</a>
              <button type="submit" name="selection" value="1" className="button button--quiet">
                Download selected (CSV)
              </button>
            </p>
            <ul className="stack">
              {results.claims.map((claim) => (
                <li key={claim.id}>
                  <input type="checkbox" name="ids" value={claim.id} id={`select-${claim.id}`} aria-label={`Select “${claim.text}”`} />{" "}
                  <Link href={`/articles/${claim.article.id}#claim-${claim.id}`}>{claim.text}</Link> <StatePill state={claim.state} />
                  {claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : null}
                  <div className="muted">
                    {claim.claimant?.name ?? "No claimant"} · in “{claim.article.title}”
                  </div>
                </li>
              ))}
            </ul>
          </form>
        </section>
      )}
      {results && results.articles.length > 0 && (
        <section aria-labelledby="article-results">
          <h2 id="article-results">Articles</h2>
          <ul>
            {results.articles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.id}`}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results && results.claimants.length > 0 && (
        <section aria-labelledby="claimant-results">
          <h2 id="claimant-results">Claimants</h2>
          <ul>
            {results.claimants.map((claimant) => (
              <li key={claimant.id}>
                {claimant.name}
                {claimant.title ? `, ${claimant.title}` : ""} <span className="muted">· {claimant._count.claims} claims</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
