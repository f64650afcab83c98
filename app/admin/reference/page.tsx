import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ClaimReviewImportForm } from "@/components/admin/ClaimReviewImportForm";
import { ReferenceArchiveList } from "@/components/admin/ReferenceArchiveList";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { type Actor, can } from "@/lib/permissions";
import { searchReferenceArchive } from "@/lib/server/reference/search-reference-archive";

export const metadata: Metadata = { title: "Reference archive" };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** A search or page number that cannot be answered (?page=x) says why above the whole archive, not on an error page. */
async function listArchive(actor: Actor, q: string, page: string | undefined) {
  try {
    return { listed: await searchReferenceArchive({ actor, input: { q, page } }), refused: null };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "INVALID_INPUT")) throw error;
    const refused = Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message;
    return { listed: await searchReferenceArchive({ actor, input: {} }), refused };
  }
}

export default async function ReferenceArchivePage({ searchParams }: Props) {
  const params = await searchParams;
  const q = one(params.q) ?? "";
  const actor = await requirePageActor(`/admin/reference${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  if (!can(actor, "reference.import")) forbidden();
  const { listed, refused } = await listArchive(actor, q, one(params.page));
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
        <input id="reference-q" name="q" type="search" defaultValue={q} placeholder="Search the claims reviewed" />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {refused && <p className="field-error">{refused}</p>}
      <ReferenceArchiveList archive={listed} />
    </div>
  );
}
