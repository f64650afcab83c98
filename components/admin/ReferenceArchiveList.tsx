// The reference archive as a list: each fact-check with its publisher, their rating as text, its date
// and a link to the original. Other publishers' work: shown as theirs, never with the desk's ratings.
import Link from "next/link";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

type Entry = {
  id: string;
  url: string;
  claimReviewed: string;
  publisherName: string;
  ratingText: string;
  datePublished: Date | null;
  claimantName: string | null;
};
type Archive = { q: string; page: number; pages: number; total: number; entries: Entry[] };

const pageLink = (q: string, page: number) => {
  const query = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return `/admin/reference${query ? `?${query}` : ""}`;
};

const hostOf = (url: string) => new URL(url).hostname;

export function ReferenceArchiveList({ archive }: { archive: Archive }) {
  const { q, page, pages, total, entries } = archive;
  if (total === 0) {
    return (
      <p className="empty-state">
        {q ? `No fact-check in the archive mentions “${q}”.` : "The archive is empty. Import other publishers’ ClaimReview above."}
      </p>
    );
  }
  return (
    <>
      <p className="muted" role="status">
        {total.toLocaleString("en")} {total === 1 ? "fact-check" : "fact-checks"}
        {q ? ` mention “${q}”` : " in the archive"}
        {pages > 1 ? ` · page ${page} of ${pages}` : ""}
      </p>
      {entries.length === 0 ? (
        <p className="empty-state">There is no page {page}.</p>
      ) : (
        <ul className="reference-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card">
              <p className="reference-list__claim">{entry.claimReviewed}</p>
              <p className="reference-list__meta">
                <span className="state-pill">Rated “{entry.ratingText}”</span> by {entry.publisherName}
                {entry.datePublished ? (
                  <>
                    {" · "}
                    <time dateTime={entry.datePublished.toISOString()}>{day.format(entry.datePublished)}</time>
                  </>
                ) : (
                  " · undated"
                )}
                {entry.claimantName ? ` · claim by ${entry.claimantName}` : ""}
              </p>
              <a href={entry.url} target="_blank" rel="noopener noreferrer" className="reference-list__link">
                Read it on {hostOf(entry.url)}
                <span className="visually-hidden"> (opens in a new tab)</span>
                <span aria-hidden="true"> ↗</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Archive pages" className="pagination">
          {page > 1 ? <Link href={pageLink(q, page - 1)}>Previous page</Link> : <span />}
          {page < pages ? <Link href={pageLink(q, page + 1)}>Next page</Link> : <span />}
        </nav>
      )}
    </>
  );
}
