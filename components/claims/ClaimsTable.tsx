// Claims as a table that becomes stacked rows on a phone: each cell says what it is (data-label).
// The checkboxes belong to the page's bulk form (their `form` attribute) with the version shown.
import Link from "next/link";
import { selectBox } from "@/components/bulk/select-box";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge, type RatingLook } from "@/components/ratings/RatingBadge";
import type { ClaimState } from "@/lib/domain/claims/claim-workflow";
import { dueText, isOverdue, PRIORITY_LABELS, type Priority } from "@/lib/domain/claims/desk-fields";

export type TableClaim = {
  id: string;
  text: string;
  state: ClaimState;
  version: number;
  dueAt: Date | null;
  priority: Priority;
  article: { id: string; title: string };
  assignee: { name: string } | null;
  verdict: { rating: RatingLook | null } | null;
};

export function ClaimsTable({ claims, formId, caption, now }: { claims: TableClaim[]; formId?: string; caption: string; now: Date }) {
  return (
    <table className="data-table stack-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {formId && (
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
          )}
          <th scope="col">Claim</th>
          <th scope="col">Article</th>
          <th scope="col">State</th>
          <th scope="col">Assignee</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
          <th scope="col">Rating</th>
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
              <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>{claim.text}</Link>
            </td>
            <td data-label="Article">{claim.article.title}</td>
            <td data-label="State">
              <StatePill state={claim.state} />
            </td>
            <td data-label="Assignee">{claim.assignee?.name ?? <span className="muted">Nobody</span>}</td>
            <td data-label="Due" className={isOverdue(claim, now) ? "desk-note--overdue" : undefined}>
              {claim.dueAt ? dueText(claim, now) : <span className="muted">No due date</span>}
            </td>
            <td data-label="Priority">{PRIORITY_LABELS[claim.priority]}</td>
            <td data-label="Rating">
              {claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : <span className="muted">Not rated</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
