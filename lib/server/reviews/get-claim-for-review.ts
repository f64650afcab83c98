import { db } from "@/lib/db";
import { mayJudgeVerdict } from "@/lib/domain/claims/four-eyes";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";

const CONTEXT_CHARACTERS = 320;

/** A claim as a reviewer judges it: its words in the article's context, the evidence, the verdict, past decisions. */
export async function getClaimForReview({ actor, claimId }: { actor: Actor | null; claimId: string }) {
  assertCan(actor, "claim.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, deletedAt: null },
    include: {
      article: { select: { id: true, title: true } },
      revision: { select: { plainText: true } },
      claimant: true,
      sources: { orderBy: { position: "asc" } },
      verdict: { include: { rating: true, author: { select: { name: true } }, contributors: { select: { id: true, name: true } } } },
      reviews: { orderBy: { createdAt: "desc" }, include: { reviewer: { select: { name: true } } } },
    },
  });
  if (!claim?.verdict) throw new AppError("NOT_FOUND", "Claim not found.");
  const text = claim.revision.plainText;
  const verdict = claim.verdict;
  return {
    ...claim,
    verdict,
    context: {
      before: text.slice(Math.max(0, claim.anchorStart - CONTEXT_CHARACTERS), claim.anchorStart),
      quote: text.slice(claim.anchorStart, claim.anchorEnd),
      after: text.slice(claim.anchorEnd, claim.anchorEnd + CONTEXT_CHARACTERS),
    },
    mayJudge: mayJudgeVerdict(actor.id, { authorId: verdict.authorId, contributorIds: verdict.contributors.map((c) => c.id) }),
  };
}
