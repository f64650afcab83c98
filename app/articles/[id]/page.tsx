import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleWorkbench } from "@/components/workbench/ArticleWorkbench";
import { ClaimList } from "@/components/workbench/ClaimList";
import { LiveClaimPanel } from "@/components/workbench/claim-panel/LiveClaimPanel";
import { LiveArticle } from "@/components/workbench/live/LiveArticle";
import { PublishControls } from "@/components/workbench/PublishControls";
import { RevisionControls } from "@/components/workbench/RevisionControls";
import { dueText, isOverdue } from "@/lib/domain/claims/desk-fields";
import { toPanelClaim } from "@/components/workbench/panel-claim";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getArticleForDesk } from "@/lib/server/articles/get-article-for-desk";
import { getClaimTimeline } from "@/lib/server/audit/claim-timeline";
import { listCommentThreads, listMentionHandles } from "@/lib/server/comments/list-comments";
import { listRatings } from "@/lib/server/ratings/list-ratings";
import { listDeskMembers } from "@/lib/server/users/list-desk-members";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> };

export default async function DeskArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { claim: openClaimId } = await searchParams;
  const actor = await requirePageActor(`/articles/${id}`);
  const article = await getArticleForDesk({ actor, articleId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const revision = article.currentRevision;
  const now = new Date();
  const openClaim = article.claims.find((claim) => claim.id === openClaimId);
  const panelData = openClaim
    ? await Promise.all([
        listRatings({ actor }),
        listDeskMembers({ actor }),
        listCommentThreads({ actor, claimId: openClaim.id }),
        listMentionHandles({ actor }),
        getClaimTimeline({ actor, claimId: openClaim.id }),
      ])
    : null;
  // An orphan's offsets point into an older revision: it is listed, never drawn.
  const highlights = article.claims
    .filter((claim) => claim.anchorStatus !== "ORPHANED")
    .map((claim) => ({
      id: claim.id,
      start: claim.anchorStart,
      end: claim.anchorEnd,
      color: claim.verdict?.rating?.color ?? "#6b7280",
      description: `Rated ${claim.verdict?.rating?.label ?? "not yet rated"}: ${claim.text}`,
    }));
  return (
    <div className="page page--wide">
      <p className="kicker">{revision.siteName ?? "Article"}</p>
      <h1>{article.title}</h1>
      <p className="article-meta">
        Imported by {revision.importedBy.name} · revision {revision.number}
        {article.publications[0] ? ` · published version ${article.publications[0].version}` : " · not published"}
        {/* "What changed" once there is an earlier version (revisions are numbered from 1). */}
        {revision.number > 1 && (
          <>
            {" · "}
            <Link href={`/articles/${article.id}/changes`}>What changed</Link>
          </>
        )}
      </p>
      {can(actor, "article.publish") && (
        <PublishControls
          articleId={article.id}
          slug={article.slug}
          published={article.publicationStatus === "PUBLISHED"}
          latestVersion={article.publications[0]?.version ?? null}
          approvedCount={article.claims.filter((claim) => claim.state === "APPROVED").length}
        />
      )}
      {can(actor, "article.import") && (
        <RevisionControls
          articleId={article.id}
          revision={revision.number}
          canRecheck={!!revision.sourceUrl}
          checked={article.checkedAt ? { at: article.checkedAt.toISOString(), error: article.checkError } : null}
        />
      )}
      <LiveArticle articleId={article.id} me={actor.id} />
      <div className="workbench-layout">
        <ArticleWorkbench
          // The editor is built once from its text: a new revision needs a new one.
          key={revision.id}
          articleId={article.id}
          html={revision.sanitizedHtml}
          canonicalText={revision.plainText}
          lang={revision.language}
          claims={highlights}
          openClaimId={openClaim?.id ?? null}
          canMark={can(actor, "claim.edit")}
          reattach={
            openClaim && openClaim.anchorStatus !== "ANCHORED"
              ? { claimId: openClaim.id, version: openClaim.version, status: openClaim.anchorStatus }
              : null
          }
        />
        <div className={`side-column${openClaim ? " side-column--panel" : ""}`}>
          {openClaim && panelData ? (
            <LiveClaimPanel
              // A re-attached claim comes back with a new anchor and version: a fresh panel.
              key={`${openClaim.id}:${openClaim.revisionId}:${openClaim.anchorStart}:${openClaim.anchorStatus}`}
              articleId={article.id}
              claim={toPanelClaim(openClaim)}
              ratings={panelData[0].map(({ retiredAt, ...rating }) => ({ ...rating, retired: !!retiredAt }))}
              members={panelData[1]}
              discussion={{ threads: panelData[2], handles: panelData[3] }}
              timeline={panelData[4]}
              canEdit={can(actor, "claim.edit")}
              canSubmit={can(actor, "claim.submit")}
            />
          ) : (
            <ClaimList
              articleId={article.id}
              canDelete={can(actor, "claim.delete")}
              revised={revision.number > 1}
              claims={article.claims.map((claim) => ({
                id: claim.id,
                text: claim.text,
                state: claim.state,
                version: claim.version,
                rating: claim.verdict?.rating ?? null,
                claimant: claim.claimant?.name ?? null,
                sourceCount: claim.sources.length,
                anchorStatus: claim.anchorStatus,
                similarity: claim.anchorSimilarity,
                due: claim.dueAt ? dueText(claim, now) : null,
                overdue: isOverdue(claim, now),
                priority: claim.priority,
              }))}
            />
          )}
        </div>
      </div>
    </div>
  );
}
