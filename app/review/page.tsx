import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/layout/AccessDenied";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const actor = await requirePageActor("/review");
  if (!can(actor, "review-queue.read")) return <AccessDenied what="the review queue" />;
  const claims = await listReviewQueue({ actor });
  return (
    <div className="page">
      <h1>Review queue</h1>
      <p className="page-lede">Claims waiting for a second pair of eyes, oldest first. You cannot approve verdicts you wrote.</p>
      {claims.length === 0 ? (
        <p className="empty-state">Nothing is waiting for review.</p>
      ) : (
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
                  {claim.text}
                  <div className="muted">{claim.claimant?.name ?? "No claimant"}</div>
                </td>
                <td>{claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : "—"}</td>
                <td>
                  {claim.verdict?.author.name ?? "—"}
                  {claim.verdict?.authorId === actor.id ? <div className="muted">(yours: someone else must review)</div> : null}
                </td>
                <td>
                  <Link href={`/articles/${claim.article.id}#claim-${claim.id}`}>{claim.article.title}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
