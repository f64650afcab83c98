import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { Discussion } from "@/components/comments/Discussion";
import { ClaimTimeline } from "@/components/desk/ClaimTimeline";
import { ReviewDecisionForm } from "@/components/review/ReviewDecisionForm";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { allowedEvents } from "@/lib/domain/claims/claim-workflow";
import { renderRichText } from "@/lib/domain/rich-text/render-rich-text";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { richTextDocSchema } from "@/lib/schemas/rich-text";
import { getClaimTimeline } from "@/lib/server/audit/claim-timeline";
import { listCommentThreads, listMentionHandles } from "@/lib/server/comments/list-comments";
import { getClaimForReview } from "@/lib/server/reviews/get-claim-for-review";

export const metadata: Metadata = { title: "Review claim" };
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ReviewClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const { claimId } = await params;
  const actor = await requirePageActor(`/review/${claimId}`);
  const claim = await getClaimForReview({ actor, claimId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { verdict } = claim;
  const [threads, handles, timeline] = await Promise.all([
    listCommentThreads({ actor, claimId }),
    listMentionHandles({ actor }),
    getClaimTimeline({ actor, claimId }),
  ]);
  const explanation = richTextDocSchema.safeParse(verdict.explanation);
  // The buttons the workflow allows from here.
  const decisions = allowedEvents(claim.state).filter((event) => event === "APPROVE" || event === "REQUEST_CHANGES");
  return (
    <div className="page">
      <p className="kicker">
        <Link href="/review">Review queue</Link> · {claim.article.title}
      </p>
      <h1>{claim.text}</h1>
      <StatePill state={claim.state} />
      {/* The decision first: a reviewer reaches Approve in a few key presses; on wide screens it sits on the right. */}
      <div className="article-layout review-layout">
        <aside className="card summary-box" aria-labelledby="decision-heading">
          <h2 id="decision-heading" style={{ marginTop: 0 }}>
            Your decision
          </h2>
          {!can(actor, "claim.review") ? (
            <p className="muted">Only reviewers decide on verdicts.</p>
          ) : !claim.mayJudge ? (
            <p className="alert alert--warning">You wrote or edited this verdict, so another reviewer must judge it (four eyes).</p>
          ) : decisions.length === 0 ? (
            <p className="muted">This claim is not waiting for review.</p>
          ) : (
            <ReviewDecisionForm claimId={claim.id} version={claim.version} verdictVersion={verdict.version} events={decisions} />
          )}
          <h3>History</h3>
          {claim.reviews.length === 0 ? (
            <p className="muted">No decisions yet.</p>
          ) : (
            <ol className="timeline">
              {claim.reviews.map((review) => (
                <li key={review.id}>
                  <strong>{review.reviewer.name}</strong> {review.decision === "APPROVE" ? "approved" : "requested changes"}
                  {review.voided ? " (no longer counts)" : ""} ·{" "}
                  <time dateTime={review.createdAt.toISOString()}>{day.format(review.createdAt)}</time>
                  {review.reason ? <q>{review.reason}</q> : null}
                </li>
              ))}
            </ol>
          )}
        </aside>
        <div className="stack">
          <section aria-labelledby="context-heading" className="card">
            <h2 id="context-heading" style={{ marginTop: 0 }}>
              In the article
            </h2>
            <p className="article-excerpt">
              …{claim.context.before}
              <mark className="claim-mark">{claim.context.quote}</mark>
              {claim.context.after}…
            </p>
            <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>Open in the workbench</Link>
          </section>
          <section
            aria-labelledby="verdict-heading"
            className="card verdict-card stack"
            style={{ ["--claim-color" as string]: verdict.rating?.color }}
          >
            <h2 id="verdict-heading" style={{ marginTop: 0 }}>
              Proposed verdict
            </h2>
            {verdict.rating ? <RatingBadge rating={verdict.rating} size="large" /> : <p className="muted">Not rated.</p>}
            <p className="muted">
              Claim by <strong>{claim.claimant?.name ?? "no claimant"}</strong>
              {claim.claimant?.title ? `, ${claim.claimant.title}` : ""} · verdict by {verdict.author.name}
            </p>
            {verdict.summary && (
              <p>
                <strong>{verdict.summary}</strong>
              </p>
            )}
            {explanation.success && <div dangerouslySetInnerHTML={{ __html: renderRichText(explanation.data) }} />}
            <h3>Sources ({claim.sources.length})</h3>
            <ol className="source-list">
              {claim.sources.map((source) => (
                <li key={source.id}>
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer" target="_blank">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                  {source.publisher ? ` — ${source.publisher}` : ""} {source.kind === "PRIMARY" ? "(primary)" : ""}
                  {source.quote ? <q>{source.quote}</q> : null}
                </li>
              ))}
            </ol>
          </section>
          <section className="card">
            <Discussion claimId={claim.id} threads={threads} handles={handles} page={`/review/${claim.id}`} />
            <ClaimTimeline events={timeline} />
          </section>
        </div>
      </div>
    </div>
  );
}
