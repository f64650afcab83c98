import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ClaimReviewImportForm } from "@/components/admin/ClaimReviewImportForm";
import { ReferenceArchiveList } from "@/components/admin/ReferenceArchiveList";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { searchReferenceArchive } from "@/lib/server/reference/search-reference-archive";

export const metadata: Metadata = { title: "Reference archive" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function ReferenceArchivePage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q) ?? "";
  const actor = await requirePageActor(`/admin/reference${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  if (!can(actor, "reference.import")) forbidden();
  const listed = await searchReferenceArchive({ actor, input: { q, page: one(params.page) } }).catch((error: unknown) => {
    // A page number or search nobody could mean (?page=x) is answered with the first page, not an error page.
    if (error instanceof AppError && error.code === "INVALID_INPUT") return searchReferenceArchive({ actor, input: {} });
    throw error;
  });
  return (
    <div className="page">
      <h1>Reference archive</h1>
      <p className="page-lede">
        Fact-checks published by other fact-checkers, imported from their ClaimReview markup or feeds. The desk uses them to find earlier
        checks of the same claim (“Similar fact-checks”); they stay credited to their publishers and are never republished as the desk’s
        own. Importing the same fact-check again updates it when it changed and skips it when it did not.
      </p>
      <h2>Import ClaimReview</h2>
      <ClaimReviewImportForm />
      <h2>In the archive</h2>
      <form role="search" action="/admin/reference" className="search-form" aria-label="Search the archive">
        <label htmlFor="reference-q" className="visually-hidden">
          Search the archive
        </label>
        <input id="reference-q" name="q" type="search" defaultValue={listed.q} placeholder="Search the claims reviewed" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <ReferenceArchiveList archive={listed} />
    </div>
  );
}
