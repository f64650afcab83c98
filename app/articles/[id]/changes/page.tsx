import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionSelect } from "@/components/articles/RevisionSelect";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { changeSummary } from "@/lib/domain/articles/change-log";
import { changeLogHtml } from "@/lib/domain/articles/change-log-html";
import { precisionNote } from "@/lib/domain/articles/revision-diff";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { type ArticleChanges, getArticleChanges } from "@/lib/server/articles/get-article-changes";

export const metadata: Metadata = { title: "What changed" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };
type Revision = ArticleChanges["revisions"][number];

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const HOW: Record<Revision["format"], string> = {
  URL: "fetched from its web address",
  TEXT: "from plain text",
  HTML: "from an HTML file",
  MARKDOWN: "from a Markdown file",
};
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/** The changes asked for; revisions the article does not have are shown next to their field, with the default comparison. */
async function load(
  actor: Actor,
  articleId: string,
  from?: string,
  to?: string,
): Promise<{ changes: ArticleChanges; errors: FieldErrors }> {
  try {
    return { changes: await getArticleChanges({ actor, input: { articleId, from, to } }), errors: {} };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT" && !error.fieldErrors?.articleId)
      return { changes: await load(actor, articleId).then((loaded) => loaded.changes), errors: error.fieldErrors ?? {} };
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
}

function RevisionLine({ revision }: { revision: Revision }) {
  return (
    <>
      Revision {revision.number}, <time dateTime={revision.createdAt.toISOString()}>{when.format(revision.createdAt)}</time> UTC, imported
      by {revision.importedBy} {HOW[revision.format]}
      {revision.sourceUrl && /^https?:/i.test(revision.sourceUrl) ? (
        <>
          {" "}
          (<a href={revision.sourceUrl}>{revision.sourceUrl}</a>)
        </>
      ) : null}
    </>
  );
}

export default async function ArticleChangesPage({ params, searchParams }: Props) {
  const { id } = await params;
  const asked = await searchParams;
  const actor = await requirePageActor(`/articles/${id}/changes`);
  const { changes, errors } = await load(actor, id, single(asked.from), single(asked.to));
  const { article, revisions, comparison } = changes;
  const options = revisions.map((revision) => ({
    value: revision.number,
    label: `Revision ${revision.number} · ${when.format(revision.createdAt)}`,
  }));
  return (
    <div className="page">
      <p className="kicker">Article</p>
      <h1>What changed</h1>
      <p className="article-meta">
        <Link href={`/articles/${article.id}`}>Back to the article “{article.title}”</Link>
      </p>
      {!comparison ? (
        <p className="empty-state">
          Only one version so far: the text has not changed since it was imported on {when.format(revisions[0]!.createdAt)} UTC. When a new
          version is fetched or uploaded, what changed will show here.
        </p>
      ) : (
        <>
          <form action={`/articles/${article.id}/changes`} className="filter-form" aria-label="Choose two revisions">
            <RevisionSelect name="from" label="From revision" options={options} value={comparison.from.number} errors={errors.from} />
            <RevisionSelect name="to" label="To revision" options={options} value={comparison.to.number} errors={errors.to} />
            <button type="submit" className="button">
              Compare
            </button>
          </form>
          <dl className="compare-dates">
            <dt>From</dt>
            <dd>
              <RevisionLine revision={comparison.from} />
            </dd>
            <dt>To</dt>
            <dd>
              <RevisionLine revision={comparison.to} />
            </dd>
          </dl>
          {comparison.from.title !== comparison.to.title ? (
            <p>
              The title changed from “{comparison.from.title}” to “{comparison.to.title}”.
            </p>
          ) : null}
          <p className="change-summary">{changeSummary(comparison.log)}</p>
          {precisionNote(comparison.precision) ? <p className="muted">{precisionNote(comparison.precision)}</p> : null}
          <div
            dangerouslySetInnerHTML={{
              __html: changeLogHtml(
                comparison.log,
                `Changes between revision ${comparison.from.number} and revision ${comparison.to.number}`,
              ),
            }}
          />
          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">Every version</h2>
            <ul className="timeline">
              {revisions.toReversed().map((revision) => (
                <li key={revision.number}>
                  <RevisionLine revision={revision} />
                  {revision.number === article.currentRevision ? " — current" : ""}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
