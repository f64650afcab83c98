import type { Metadata } from "next";
import { ArticleListFilters } from "@/components/articles/ArticleListFilters";
import { FilterDisclosure } from "@/components/claims/FilterDisclosure";
import { ArticleRow } from "@/components/articles/ArticleRow";
import { BulkActions } from "@/components/bulk/BulkActions";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { articleListQuerySchema } from "@/lib/schemas/article-list";
import { listArticles } from "@/lib/server/articles/list-articles";
import { bulkAbilities } from "@/lib/server/claims/bulk-abilities";
import { listDeskMembers } from "@/lib/server/users/list-desk-members";

export const metadata: Metadata = { title: "Articles" };

const FIELDS = ["assignee", "priority", "dueBefore", "overdue", "status", "sort"] as const;
type Props = { searchParams: Promise<Partial<Record<(typeof FIELDS)[number], string>>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requirePageActor("/articles");
  const asked = await searchParams;
  const values = Object.fromEntries(FIELDS.flatMap((f) => (typeof asked[f] === "string" && asked[f] ? [[f, asked[f]]] : []))) as Record<
    string,
    string
  >;
  // A wrong filter in a hand-edited link is dropped rather than failing the whole list.
  const parsed = articleListQuerySchema.safeParse(values);
  const filtered = parsed.success && FIELDS.some((field) => field !== "sort" && values[field]);
  const [articles, members] = await Promise.all([
    listArticles({ actor, filter: parsed.success ? parsed.data : {} }),
    listDeskMembers({ actor }),
  ]);
  const formId = "bulk-articles";
  const now = new Date();
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
      <FilterDisclosure open={Object.keys(values).length > 0}>
        <ArticleListFilters values={values} members={members} />
      </FilterDisclosure>
      {!parsed.success && (
        <p className="field-error" role="alert">
          {parsed.error.issues[0]?.message}
        </p>
      )}
      {articles.length === 0 ? (
        <p className="empty-state">
          {filtered ? "No article matches these filters." : "No articles yet. Imported articles will appear here."}
        </p>
      ) : (
        <>
          <BulkActions formId={formId} of="articles" members={members} can={bulkAbilities(actor)} />
          <table className="data-table stack-table">
            <caption className="visually-hidden">Articles</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Select</span>
                </th>
                <th scope="col">Article</th>
                <th scope="col">Claims</th>
                <th scope="col">Next due</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
                <th scope="col">Last change (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <ArticleRow key={article.id} article={article} formId={formId} now={now} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
