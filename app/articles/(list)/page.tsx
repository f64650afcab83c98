import type { Metadata } from "next";
import { ScrollArea } from "@/components/layout/ScrollArea";
import Link from "next/link";
import { StatePill } from "@/components/desk/StatePill";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { LIVE_CLAIM_STATES } from "@/lib/domain/claims/claim-workflow";
import { can } from "@/lib/permissions";
import { listArticles } from "@/lib/server/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ArticlesPage() {
  const actor = await requirePageActor("/articles");
  const articles = await listArticles({ actor });
  return (
    <div className="page">
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: "1rem", flexWrap: "wrap" }}>
        <h1>Articles</h1>
        {can(actor, "article.import") ? (
          <form action="/articles/import">
            <button type="submit" className="button">
              Import article
            </button>
          </form>
        ) : null}
      </div>
      <p className="page-lede">
        Everything the desk is checking, most recently changed first.{" "}
        {articles.length > 0 && <a href="/articles/claims.csv">Download all claims (CSV)</a>}
      </p>
      {articles.length === 0 ? (
        <p className="empty-state">No articles yet. Imported articles will appear here.</p>
      ) : (
        <ScrollArea label="Articles">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Claims</th>
                <th scope="col">Status</th>
                <th scope="col">Last change (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id}>
                  <td>
                    <Link href={`/articles/${article.id}`}>{article.title}</Link>
                    {article.currentRevision?.siteName ? <div className="muted">{article.currentRevision.siteName}</div> : null}
                    {article.currentRevision && article.currentRevision.number > 1 ? (
                      <div>
                        <Link href={`/articles/${article.id}/changes`} className="revision-note">
                          Changed: revision {article.currentRevision.number}, {when.format(article.currentRevision.createdAt)}
                        </Link>
                      </div>
                    ) : null}
                    {article.checkError ? (
                      <div className="field-error">Last check failed: {article.checkError}</div>
                    ) : article.checkedAt ? (
                      <div className="muted">Checked {when.format(article.checkedAt)}</div>
                    ) : null}
                  </td>
                  <td>
                    {article.claimCount === 0
                      ? "none yet"
                      : LIVE_CLAIM_STATES.filter((state) => article.byState[state]).map((state) => (
                          <StatePill key={state} state={state} count={article.byState[state]} />
                        ))}
                  </td>
                  <td>
                    {article.publicationStatus === "PUBLISHED" ? (
                      <Link href={`/f/${article.slug}`}>Published</Link>
                    ) : article.publicationStatus === "WITHDRAWN" ? (
                      "Unpublished"
                    ) : (
                      "Not published"
                    )}
                  </td>
                  <td>{when.format(article.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
