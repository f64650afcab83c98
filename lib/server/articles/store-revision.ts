// Stores a new version of an article and carries every claim into it, in one transaction: the
// revision (immutable), the article's pointer to it, and each claim re-anchored by the pure
// functions of lib/domain/anchoring — as a workflow event, so a changed quote flags an approved
// claim for review again and every step is audited. Identical canonical text makes no revision.
import { db, type Tx } from "@/lib/db";
import { type Reanchored, reanchor, reanchorAll } from "@/lib/domain/anchoring/reanchor";
import type { TextAnchor } from "@/lib/domain/anchoring/text-quote";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedRevision } from "../import/prepare-revision";
import { recordAudit } from "../audit/record-audit";
import { applyTransitionIn, StaleWrite } from "../claims/apply-transition";
import { forgetFactCheck } from "../publications/forget-pages";

export type RevisionOutcome = {
  created: boolean;
  revision: number;
  anchored: number;
  moved: number;
  orphaned: number;
};

type LiveClaim = {
  id: string;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED";
  version: number;
  revisionId: string;
  anchorStatus: "ANCHORED" | "MOVED" | "ORPHANED";
  anchorExact: string;
  anchorPrefix: string;
  anchorSuffix: string;
  anchorStart: number;
  anchorEnd: number;
};

const anchorOf = (claim: LiveClaim): TextAnchor => ({
  exact: claim.anchorExact,
  prefix: claim.anchorPrefix,
  suffix: claim.anchorSuffix,
  start: claim.anchorStart,
  end: claim.anchorEnd,
});

/** The claim columns and workflow event for one re-anchoring result. */
function carry(claim: LiveClaim, found: Reanchored, revisionId: string) {
  if (found.status === "ORPHANED") {
    // The old anchor stays, pointing into the revision it was made on, until a person decides.
    return {
      event: "QUOTE_CHANGED" as const,
      data: {
        anchorStatus: "ORPHANED" as const,
        anchorPreviousExact: claim.anchorExact,
        anchorSimilarity: null,
        anchorCandidates: found.candidates.map(({ start, end, exact, similarity }) => ({
          start,
          end,
          exact,
          similarity: Math.round(similarity * 1000) / 1000,
        })),
      },
    };
  }
  const { anchor } = found;
  const anchorData = {
    revisionId,
    anchorExact: anchor.exact,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    anchorCandidates: Prisma.DbNull,
  };
  if (found.status === "MOVED")
    return {
      event: "QUOTE_CHANGED" as const,
      data: { ...anchorData, anchorStatus: "MOVED" as const, anchorPreviousExact: claim.anchorExact, anchorSimilarity: found.similarity },
    };
  // The same words: anchored (the quote before an earlier move stays on record for the panel).
  return { event: "FOLLOW_TEXT" as const, data: { ...anchorData, anchorStatus: "ANCHORED" as const } };
}

async function carryClaims(
  tx: Tx,
  args: {
    actorId: string;
    articleId: string;
    from: { id: string; plainText: string };
    to: { id: string; number: number; plainText: string };
  },
) {
  const claims = (await tx.claim.findMany({
    where: { articleId: args.articleId, deletedAt: null },
    select: {
      id: true,
      state: true,
      version: true,
      revisionId: true,
      anchorStatus: true,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      anchorStart: true,
      anchorEnd: true,
    },
  })) as LiveClaim[];
  // Claims on the replaced revision go through one diff; orphans left on older ones are searched for.
  const onCurrent = claims.filter((claim) => claim.revisionId === args.from.id);
  const results = new Map<string, Reanchored>();
  reanchorAll(args.from.plainText, args.to.plainText, onCurrent.map(anchorOf)).forEach((found, index) =>
    results.set(onCurrent[index]!.id, found),
  );
  for (const claim of claims) if (!results.has(claim.id)) results.set(claim.id, reanchor(args.to.plainText, anchorOf(claim)));

  const counts = { anchored: 0, moved: 0, orphaned: 0 };
  for (const claim of claims) {
    const found = results.get(claim.id)!;
    counts[found.status === "ANCHORED" ? "anchored" : found.status === "MOVED" ? "moved" : "orphaned"]++;
    const { event, data } = carry(claim, found, args.to.id);
    const newQuote = found.status === "ORPHANED" ? null : found.anchor.exact;
    await applyTransitionIn(tx, claim, {
      actorId: args.actorId,
      claimId: claim.id,
      event,
      claimData: data,
      // What a reviewer approved was these words: a changed quote voids approvals, and a decision
      // sent for the claim as it was (its verdict version) is refused as stale.
      alsoWrite:
        event === "QUOTE_CHANGED"
          ? async (inner) => {
              await inner.verdict.update({ where: { claimId: claim.id }, data: { version: { increment: 1 } } });
              await inner.review.updateMany({ where: { claimId: claim.id, voided: false }, data: { voided: true } });
            }
          : undefined,
      details: {
        revision: args.to.number,
        anchor: found.status,
        ...(newQuote !== claim.anchorExact ? { quote: { before: claim.anchorExact, after: newQuote } } : {}),
        ...(found.status === "MOVED" ? { similarity: found.similarity } : {}),
      },
    });
  }
  return counts;
}

/** Stores `prepared` as the article's next revision (unless its text is the current one) and re-anchors its claims. */
export async function storeRevision(args: {
  actorId: string;
  articleId: string;
  prepared: PreparedRevision;
  via: "recheck" | "text" | "file" | "watch";
}): Promise<RevisionOutcome> {
  const { actorId, articleId, prepared } = args;
  let slug: string | null = null;
  try {
    return await db.$transaction(
      async (tx) => {
        // One new version at a time per article: a second check waits, then finds the text stored.
        const [locked] = await tx.$queryRaw<{ slug: string; currentRevisionId: string | null }[]>`
          SELECT "slug", "currentRevisionId" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
        if (!locked?.currentRevisionId) throw new AppError("NOT_FOUND", "Article not found.");
        slug = locked.slug;
        const current = await tx.articleRevision.findUniqueOrThrow({ where: { id: locked.currentRevisionId } });
        const now = new Date();
        if (current.contentHash === prepared.contentHash) {
          await tx.article.update({ where: { id: articleId }, data: { checkedAt: now, checkError: null } });
          return { created: false, revision: current.number, anchored: 0, moved: 0, orphaned: 0 };
        }
        const revision = await tx.articleRevision.create({
          data: { ...prepared, articleId, number: current.number + 1, importedById: actorId },
        });
        await tx.article.update({ where: { id: articleId }, data: { currentRevisionId: revision.id, checkedAt: now, checkError: null } });
        const counts = await carryClaims(tx, { actorId, articleId, from: current, to: revision });
        await recordAudit(tx, {
          actorId,
          entityType: "Article",
          entityId: articleId,
          action: "new-revision",
          changes: { revision: revision.number, via: args.via, contentHash: revision.contentHash, ...counts },
        });
        return { created: true, revision: revision.number, ...counts };
      },
      // A thousand claims are a few thousand small writes.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof StaleWrite)
      throw new AppError("CONFLICT", "A claim of this article was changed at the same moment. Nothing was stored: try again.");
    throw error;
  } finally {
    if (slug) await forgetFactCheck(slug);
  }
}
