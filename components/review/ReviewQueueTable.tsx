// The review queue as a table: each claim with what a reviewer decides by (rating, author) and what
// the desk runs by (due date, priority); the checkboxes belong to the page's bulk form.
import Link from "next/link";
import { selectBox } from "@/components/bulk/select-box";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { dueText, isOverdue, PRIORITY_LABELS } from "@/lib/domain/claims/desk-fields";
import type { listReviewQueue } from "@/lib/server/claims/list-review-queue";

type QueuedClaim = Awaited<ReturnType<typeof listReviewQueue>>[number];

export function ReviewQueueTable({ claims, actorId, formId, now }: { claims: QueuedClaim[]; actorId: string; formId?: string; now: Date }) {
  return (
    <table className="data-table stack-table">
      <caption className="visually-hidden">Claims waiting for review</caption>
      <thead>
        <tr>
          {formId && (
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
          )}
          <th scope="col">Claim</th>
          <th scope="col">Proposed rating</th>
          <th scope="col">Verdict by</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
          <th scope="col">Article</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id}>
            {formId && (
              <td className="stack-table__select">
                <input {...selectBox(formId, { id: claim.id, version: claim.version })} aria-label={`Select “${claim.text}”`} />
              </td>
            )}
            <td data-label="Claim">
              <Link href={`/review/${claim.id}`}>{claim.text}</Link>
              <div className="muted">
                {claim.claimant?.name ?? "No claimant"}
                {claim.assignee ? ` · assigned to ${claim.assignee.name}` : ""}
              </div>
            </td>
            <td data-label="Proposed rating">{claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : "—"}</td>
            <td data-label="Verdict by">
              {claim.verdict?.author.name ?? "—"}
              {claim.verdict?.authorId === actorId ? <div className="muted">(yours: someone else must review)</div> : null}
            </td>
            <td data-label="Due" className={isOverdue(claim, now) ? "desk-note--overdue" : undefined}>
              {dueText(claim, now)}
            </td>
            <td data-label="Priority">{PRIORITY_LABELS[claim.priority]}</td>
            <td data-label="Article">
              <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>{claim.article.title}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
