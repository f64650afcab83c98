import type { Metadata } from "next";
import { BulkActions } from "@/components/bulk/BulkActions";
import { ClaimListFilters } from "@/components/claims/ClaimListFilters";
import { FilterDisclosure } from "@/components/claims/FilterDisclosure";
import { ClaimsTable } from "@/components/claims/ClaimsTable";
import { Pager } from "@/components/claims/Pager";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { claimListHref } from "@/lib/schemas/claim-list";
import { bulkAbilities } from "@/lib/server/claims/bulk-abilities";
import { listDeskClaims } from "@/lib/server/claims/list-desk-claims";
import { listRatings } from "@/lib/server/ratings/list-ratings";
import { listDeskMembers } from "@/lib/server/users/list-desk-members";

export const metadata: Metadata = { title: "Claims" };

const FIELDS = ["state", "assignee", "overdue", "dueBefore", "priority", "rating", "published", "article", "sort", "page"] as const;
type Asked = Partial<Record<(typeof FIELDS)[number], string | string[]>>;

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Asked> }) {
  const asked = await searchParams;
  const values = Object.fromEntries(FIELDS.flatMap((f) => (typeof asked[f] === "string" && asked[f] ? [[f, asked[f]]] : []))) as Record<
    string,
    string
  >;
  const actor = await requirePageActor(claimListHref("/claims", values));
  const [members, ratings] = await Promise.all([listDeskMembers({ actor }), listRatings({ actor })]);
  const listed = await listDeskClaims({ actor, input: values }).catch((error: unknown) => {
    // A hand-edited link with a wrong filter is answered in words, not an error page.
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return { refused: Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message };
    throw error;
  });
  const filtered = FIELDS.some((field) => field !== "sort" && field !== "page" && values[field]);
  const now = new Date();
  return (
    <div className="page">
      <h1>Claims</h1>
      <p className="page-lede">Every claim on the desk: filter, sort, select and act on many at once.</p>
      <FilterDisclosure open={Object.keys(values).length > 0}>
        <ClaimListFilters action="/claims" values={values} members={members} ratings={ratings.map((r) => r.label)} />
      </FilterDisclosure>
      {"refused" in listed ? (
        <p className="field-error" role="alert">
          {listed.refused}
        </p>
      ) : listed.total === 0 ? (
        <p className="empty-state">
          {filtered ? "No claim matches these filters." : "No claims yet: mark claims in an article to see them here."}
        </p>
      ) : (
        <>
          <p role="status">
            {listed.total} {listed.total === 1 ? "claim" : "claims"}
            {filtered ? " match these filters" : ""}.
          </p>
          <BulkActions formId="bulk-claims" of="claims" members={members} can={bulkAbilities(actor)} />
          <ClaimsTable claims={listed.claims} formId="bulk-claims" caption="Claims" now={now} />
          <Pager page={listed.page} pages={listed.pages} href={(page) => claimListHref("/claims", { ...values, page })} />
        </>
      )}
    </div>
  );
}
