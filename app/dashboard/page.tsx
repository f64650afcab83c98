import type { Metadata } from "next";
import Link from "next/link";
import { StateAssigneeTable } from "@/components/dashboard/StateAssigneeTable";
import { VerdictChart } from "@/components/dashboard/VerdictChart";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { durationText } from "@/lib/domain/dashboard/stats";
import { can } from "@/lib/permissions";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor("/dashboard");
  const dashboard = await getDashboard({ actor });
  const { publication, review } = dashboard;
  const queue = can(actor, "review-queue.read") ? "/review" : "/claims?state=IN_REVIEW";
  return (
    <div className="page">
      <h1>Dashboard</h1>
      <p className="page-lede">How the desk is doing. Every number opens the list of claims behind it.</p>
      <div className="dashboard-cards">
        <section className="card dashboard-card" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">Overdue</h2>
          <p className="dashboard-figure">
            <Link href="/claims?overdue=1">
              {dashboard.overdue} {dashboard.overdue === 1 ? "claim" : "claims"} overdue
            </Link>
          </p>
          <p className="muted">Open claims whose due date has passed.</p>
        </section>
        <section className="card dashboard-card" aria-labelledby="queue-heading">
          <h2 id="queue-heading">Review queue</h2>
          <p className="dashboard-figure">
            <Link href={queue}>
              {review.count} {review.count === 1 ? "claim" : "claims"} waiting for review
            </Link>
          </p>
          <dl className="dashboard-facts">
            <dt>Oldest wait</dt>
            <dd>{review.count ? <Link href={queue}>{durationText(review.oldest)}</Link> : "—"}</dd>
            <dt>Median wait</dt>
            <dd>{review.count ? <Link href={queue}>{durationText(review.median)}</Link> : "—"}</dd>
          </dl>
        </section>
        <section className="card dashboard-card" aria-labelledby="publication-heading">
          <h2 id="publication-heading">From import to publication</h2>
          <dl className="dashboard-facts">
            <dt>Median</dt>
            <dd>{publication.articles ? <Link href="/articles?status=published">{durationText(publication.median)}</Link> : "—"}</dd>
            <dt>90th percentile</dt>
            <dd>{publication.articles ? <Link href="/articles?status=published">{durationText(publication.p90)}</Link> : "—"}</dd>
          </dl>
          <p className="muted">
            Per article, from its import to its first publication:{" "}
            <Link href="/articles?status=published">
              {publication.articles} published {publication.articles === 1 ? "article" : "articles"}
            </Link>
            .
          </p>
        </section>
      </div>
      <section aria-labelledby="by-state-heading">
        <h2 id="by-state-heading">Claims by state and assignee</h2>
        <StateAssigneeTable table={dashboard.byState} states={dashboard.states} />
      </section>
      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">Verdicts over time</h2>
        <VerdictChart verdicts={dashboard.verdicts} />
      </section>
    </div>
  );
}
