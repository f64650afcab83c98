import { renderRichText } from "@/lib/domain/rich-text/render-rich-text";
import type { SnapshotClaim } from "@/lib/schemas/publication";
import { RatingBadge } from "../ratings/RatingBadge";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const formatDay = (iso: string) => day.format(new Date(iso));

/** `headingId` set: the card inside a dialog (no page anchor, so ids stay unique). */
export function VerdictCard({ claim, headingId }: { claim: SnapshotClaim; headingId?: string }) {
  return (
    <article id={headingId ? undefined : `claim-${claim.id}`} className="card verdict-card stack" style={{ ["--claim-color" as string]: claim.rating.color }}>
      <RatingBadge rating={claim.rating} size="large" />
      <h3 id={headingId}>{claim.text}</h3>
      <p className="muted">
        {claim.claimant ? (
          <>
            Claim by <strong>{claim.claimant.name}</strong>
            {claim.claimant.title ? `, ${claim.claimant.title}` : ""}
          </>
        ) : (
          "Claimant not named"
        )}
        {claim.dateSaid ? ` · said ${formatDay(claim.dateSaid)}` : ""}
      </p>
      <p>
        <strong>{claim.summary}</strong>
      </p>
      {/* renderRichText escapes all text and keeps only http(s) links. */}
      <div dangerouslySetInnerHTML={{ __html: renderRichText(claim.explanation) }} />
      {claim.sources.length > 0 && (
        <>
          <h4>Sources</h4>
          <ol className="source-list">
            {claim.sources.map((source, index) => (
              <li key={index}>
                {source.url ? <a href={source.url} rel="nofollow noopener">{source.title}</a> : source.title}
                {source.publisher ? ` — ${source.publisher}` : ""}
                {source.kind === "PRIMARY" ? " (primary source)" : ""}
                {source.archiveUrl ? (
                  <>
                    {" · "}
                    <a href={source.archiveUrl} rel="nofollow noopener">archived copy</a>
                  </>
                ) : null}
                {source.quote ? <q>{source.quote}</q> : null}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="muted">
        Verdict by {claim.author}
        {claim.reviewers.length > 0
          ? ` · reviewed by ${claim.reviewers.map((reviewer) => `${reviewer.name} (${formatDay(reviewer.approvedAt)})`).join(", ")}`
          : ""}
      </p>
    </article>
  );
}
