// A claimant's record: who they are (editable), every claim attributed to them with its rating and
// date, how their claims were rated (a chart that reads as text), repeated claims grouped, and
// merging a duplicate record.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FormField } from "@/components/admin/ActionForm";
import { StatePill } from "@/components/desk/StatePill";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { mergeClaimantsAction, updateClaimantAction } from "@/lib/actions/claimant";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getClaimantRecord } from "@/lib/server/claimants/claimant-record";

export const metadata: Metadata = { title: "Claimant" };

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> };

export default async function ClaimantPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { merged } = await searchParams;
  const actor = await requirePageActor(`/claimants/${id}`);
  const record = await getClaimantRecord({ actor, input: { claimantId: id } }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  });
  const { claimant, claims, groups, distribution, others } = record;
  const total = claims.length;
  const repeated = groups.filter((group) => group.length > 1);
  const canEdit = can(actor, "claim.edit");
  return (
    <div className="page">
      <p className="kicker">{claimant.isOrganization ? "Organization" : "Person"}</p>
      <h1>{claimant.name}</h1>
      {claimant.title && <p className="page-lede">{claimant.title}</p>}
      {merged && (
        <p role="status" className="alert alert--success">
          Merged: {merged} claim{merged === "1" ? "" : "s"} moved to this record.
        </p>
      )}
      {claimant.sameAs.length > 0 && (
        <ul className="inline-list" aria-label="Also known as (sameAs)">
          {claimant.sameAs.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url.replace(/^https?:\/\//, "")}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">How their claims were rated</h2>
        {total === 0 ? (
          <p className="empty-state">No claims are attributed to {claimant.name} yet.</p>
        ) : (
          <table className="data-table rating-distribution">
            <caption className="visually-hidden">Ratings of {total} claims</caption>
            <thead>
              <tr>
                <th scope="col">Rating</th>
                <th scope="col">Claims</th>
                <th scope="col" aria-hidden="true"></th>
              </tr>
            </thead>
            <tbody>
              {distribution.map((entry) => (
                <tr key={entry.label}>
                  <th scope="row">{entry.label}</th>
                  <td>
                    {entry.count} ({Math.round((entry.count / total) * 100)}%)
                  </td>
                  <td aria-hidden="true">
                    <span className="distribution-bar" style={{ width: `${Math.max(4, (entry.count / total) * 100)}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {repeated.length > 0 && (
        <section aria-labelledby="repeated-heading">
          <h2 id="repeated-heading">Repeated claims ({repeated.length})</h2>
          <ul className="stack">
            {repeated.map((group) => (
              <li key={group[0]!.id}>
                <strong>Said {group.length} times:</strong> “{group[0]!.text}”
                <ul>
                  {group.map((claim) => (
                    <li key={claim.id}>
                      <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>{claim.article.title}</Link>
                      <span className="muted"> · {day(claim.dateSaid ?? claim.createdAt)}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Every claim ({total})</h2>
        <ul className="stack">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/articles/${claim.article.id}?claim=${claim.id}`}>{claim.text}</Link> <StatePill state={claim.state} />
              {claim.verdict?.rating ? <RatingBadge rating={claim.verdict.rating} /> : <span className="muted">not rated</span>}
              <div className="muted">
                {claim.dateSaid ? `said ${day(claim.dateSaid)}` : `marked ${day(claim.createdAt)}`} · in “{claim.article.title}”
              </div>
            </li>
          ))}
        </ul>
      </section>

      {canEdit && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit the record</h2>
          <p className="muted">Published fact-checks keep the name they were published with until they are published again.</p>
          <ActionForm action={updateClaimantAction} submitLabel="Save claimant" className="card narrow-form" label="Edit the claimant">
            <input type="hidden" name="claimantId" value={claimant.id} />
            <FormField name="name" label="Name" defaultValue={claimant.name} />
            <FormField name="title" label="Title or role" defaultValue={claimant.title ?? ""} />
            <FormField
              name="sameAs"
              label="sameAs links"
              hint="One web address per line, e.g. the person's Wikidata page."
              multiline
              defaultValue={claimant.sameAs.join("\n")}
            />
          </ActionForm>
          {others.length > 0 && (
            <>
              <h2 id="merge-heading">Merge a duplicate</h2>
              <p className="muted">
                If this record is a duplicate, merge it into the one that stays: its {total} claim{total === 1 ? "" : "s"} and sameAs links
                move there and this record is removed. The merge is recorded in the audit log.
              </p>
              <ActionForm
                action={mergeClaimantsAction}
                submitLabel="Merge"
                pendingLabel="Merging…"
                className="card narrow-form"
                label="Merge into another claimant"
                confirm={{
                  question: `Merge “${claimant.name}” into the chosen claimant? This cannot be undone.`,
                  confirmLabel: "Merge claimant",
                }}
              >
                <input type="hidden" name="claimantId" value={claimant.id} />
                <FormField
                  name="intoId"
                  label="Merge into"
                  // No target until the editor picks one: a merge cannot be undone.
                  options={[
                    { value: "", label: "Choose the claimant that stays…" },
                    ...others.map((other) => ({ value: other.id, label: other.title ? `${other.name}, ${other.title}` : other.name })),
                  ]}
                />
              </ActionForm>
            </>
          )}
        </section>
      )}
    </div>
  );
}
