import type { Metadata } from "next";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ article?: string; assignee?: string; decided?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageActor("/review");
  if (!can(actor, "review-queue.read")) forbidden();
  const { article, assignee, decided } = await searchParams;
  const everything = await listReviewQueue({ actor });
  const claims = everything.filter((claim) => (!article || claim.article.id === article) && (!assignee || claim.assignee?.id === assignee));
  const articles = new Map(everything.map((claim) => [claim.article.id, claim.article.title]));
  const assignees = new Map(everything.flatMap((claim) => (claim.assignee ? [[claim.assignee.id, claim.assignee.name] as const] : [])));
  return (
    <div className="page">
      <h1>Review queue</h1>
      <p className="page-lede">Claims waiting for a second pair of eyes, oldest first. You cannot approve verdicts you wrote or edited.</p>
      {decided && (
        <p className="alert alert--success" role="status" data-focus-first>
          Decision recorded.
        </p>
      )}
      {everything.length > 0 && (
        <form className="filter-form" method="get" aria-label="Filter the queue">
          <div className="field">
            <label htmlFor="filter-article">Article</label>
            <select id="filter-article" name="article" defaultValue={article ?? ""}>
              <option value="">All articles</option>
              {[...articles].map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-assignee">Assignee</label>
            <select id="filter-assignee" name="assignee" defaultValue={assignee ?? ""}>
              <option value="">Anyone</option>
              {[...assignees].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--quiet">
            Filter
          </button>
        </form>
      )}
      {claims.length === 0 ? (
        <p className="empty-state">{everything.length ? "No claim in review matches these filters." : "Nothing is waiting for review."}</p>
      ) : (
        <ScrollArea label="Claims waiting for review">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Proposed rating</th>
                <th scope="col">Verdict by</th>
                <th scope="col">Article</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id}>
                  <td>
                    <Link href={`/review/${claim.id}`}>{claim.text}</Link>
                    <div className="muted">
                      {claim.claimant?.name ?? "No claimant"}
                      {claim.assignee ? ` · assigned to ${claim.assignee.name}` : ""}
                    </div>
                  </td>
                  <td>{claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : "—"}</td>
                  <td>
                    {claim.verdict?.author.name ?? "—"}
                    {claim.verdict?.authorId === actor.id ? <div className="muted">(yours: someone else must review)</div> : null}
                  </td>
                  <td>
                    <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>{claim.article.title}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
