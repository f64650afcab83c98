import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BulkActions } from "@/components/bulk/BulkActions";
import { ClaimListFilters } from "@/components/claims/ClaimListFilters";
import { FilterDisclosure } from "@/components/claims/FilterDisclosure";
import { ReviewQueueTable } from "@/components/review/ReviewQueueTable";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { claimListQuerySchema } from "@/lib/schemas/claim-list";
import { bulkAbilities } from "@/lib/server/claims/bulk-abilities";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { listDeskMembers } from "@/lib/server/users/list-desk-members";

export const metadata: Metadata = { title: "Review queue" };

const FIELDS = ["article", "assignee", "overdue", "dueBefore", "priority", "sort"] as const;
type Props = { searchParams: Promise<Partial<Record<(typeof FIELDS)[number] | "decided", string>>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await requirePageActor("/review");
  if (!can(actor, "review-queue.read")) forbidden();
  const asked = await searchParams;
  const values = Object.fromEntries(FIELDS.flatMap((f) => (typeof asked[f] === "string" && asked[f] ? [[f, asked[f]]] : []))) as Record<
    string,
    string
  >;
  // A wrong filter in a hand-edited link is dropped rather than failing the whole queue.
  const parsed = claimListQuerySchema.safeParse({ ...values, sort: values.sort ?? "oldest" });
  const filter = parsed.success ? parsed.data : { sort: "oldest" as const };
  const [everything, claims, members] = await Promise.all([
    listReviewQueue({ actor }),
    listReviewQueue({ actor, filter }),
    listDeskMembers({ actor }),
  ]);
  const articles = new Map(everything.map((claim) => [claim.article.id, claim.article.title]));
  const formId = "bulk-review";
  return (
    <div className="page">
      <h1>Review queue</h1>
      <p className="page-lede">
        Claims waiting for a second pair of eyes, longest wait first. You cannot approve verdicts you wrote or edited.
      </p>
      {asked.decided && (
        <p className="alert alert--success" role="status" data-focus-first>
          Decision recorded.
        </p>
      )}
      {everything.length > 0 && (
        <FilterDisclosure open={Object.keys(values).length > 0}>
          <ClaimListFilters action="/review" values={{ ...values, sort: filter.sort }} members={members} ratings={[]} show={{}}>
            <div className="field">
              <label htmlFor="filter-article">Article</label>
              <select id="filter-article" name="article" defaultValue={values.article ?? ""}>
                <option value="">All articles</option>
                {[...articles].map(([id, title]) => (
                  <option key={id} value={id}>
                    {title}
                  </option>
                ))}
              </select>
            </div>
          </ClaimListFilters>
        </FilterDisclosure>
      )}
      {claims.length === 0 ? (
        <p className="empty-state">{everything.length ? "No claim in review matches these filters." : "Nothing is waiting for review."}</p>
      ) : (
        <>
          <ReviewQueueTable claims={claims} actorId={actor.id} formId={formId} now={new Date()} />
          {/* After the queue: a reviewer's first Tabs lead to the claims, not to the bulk bar. */}
          <BulkActions formId={formId} of="claims" members={members} can={bulkAbilities(actor)} collapsible />
        </>
      )}
    </div>
  );
}
