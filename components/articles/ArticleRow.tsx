import Link from "next/link";
import { selectBox } from "@/components/bulk/select-box";
import { StatePill } from "@/components/desk/StatePill";
import { LIVE_CLAIM_STATES } from "@/lib/domain/claims/claim-workflow";
import { isoDay, PRIORITY_LABELS, startOfUtcDay } from "@/lib/domain/claims/desk-fields";
import type { listArticles } from "@/lib/server/articles/list-articles";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** One article of the list, its checkbox tied to the bulk form with its claims' ids (for the CSV export). */
export function ArticleRow({
  article,
  formId,
  now,
}: {
  article: Awaited<ReturnType<typeof listArticles>>[number];
  formId?: string;
  now: Date;
}) {
  const overdue = !!article.earliestDue && article.earliestDue < startOfUtcDay(now);
  return (
    <tr>
      {formId && (
        <td className="stack-table__select">
          <input {...selectBox(formId, { id: article.id, claimIds: article.claimIds })} aria-label={`Select “${article.title}”`} />
        </td>
      )}
      <td data-label="Article">
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
      <td data-label="Claims">
        {article.claimCount === 0
          ? "none yet"
          : LIVE_CLAIM_STATES.filter((state) => article.byState[state]).map((state) => (
              <StatePill key={state} state={state} count={article.byState[state]} />
            ))}
      </td>
      <td data-label="Next due" className={overdue ? "desk-note--overdue" : undefined}>
        {article.earliestDue ? (
          <Link href={`/claims?article=${article.id}&dueBefore=${isoDay(new Date(article.earliestDue.getTime() + 86_400_000))}`}>
            {overdue ? "Overdue since" : "Due"} {day.format(article.earliestDue)}
          </Link>
        ) : (
          <span className="muted">No due date</span>
        )}
      </td>
      <td data-label="Priority">
        {article.highestPriority ? PRIORITY_LABELS[article.highestPriority] : <span className="muted">No open claims</span>}
      </td>
      <td data-label="Status">
        {article.publicationStatus === "PUBLISHED" ? (
          <Link href={`/f/${article.slug}`}>Published</Link>
        ) : article.publicationStatus === "WITHDRAWN" ? (
          "Unpublished"
        ) : (
          "Not published"
        )}
      </td>
      <td data-label="Last change (UTC)">{when.format(article.updatedAt)}</td>
    </tr>
  );
}
