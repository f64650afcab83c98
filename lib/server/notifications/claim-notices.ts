// The notifications the claim workflow sends, built where the claim is written (inside its
// transaction) so that what they say and who gets them come from that same moment.
import type { Tx } from "@/lib/db";
import { quoteClaim } from "@/lib/domain/notifications/notification-kinds";
import type { Actor } from "@/lib/permissions";
import { notify } from "./notify";

/** Everyone a claim concerns: who created it, the verdict's author and contributors, the assignee. */
export async function claimPeople(tx: Tx, claimId: string): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { createdById: true, assigneeId: true, verdict: { select: { authorId: true, contributors: { select: { id: true } } } } },
  });
  return [claim.createdById, claim.verdict?.authorId, ...(claim.verdict?.contributors.map((c) => c.id) ?? []), claim.assigneeId].filter(
    (id): id is string => Boolean(id),
  );
}

type ClaimRef = { id: string; articleId: string; text: string };

/** The claim was just assigned to `assigneeId` by `actor`. */
export async function notifyAssigned(tx: Tx, actor: Actor, claim: ClaimRef, assigneeId: string) {
  await notify(tx, [
    {
      kind: "ASSIGNED",
      recipientIds: [assigneeId],
      actorId: actor.id,
      claimId: claim.id,
      articleId: claim.articleId,
      message: `${actor.name} assigned you the claim ${quoteClaim(claim.text)}`,
    },
  ]);
}

/** A reviewer decided: changes requested (with the reason) or approved. */
export async function notifyReviewDecision(tx: Tx, actor: Actor, claim: ClaimRef, decision: { approved: true } | { reason: string }) {
  const message =
    "reason" in decision
      ? `${actor.name} requested changes to ${quoteClaim(claim.text)}: ${decision.reason}`
      : `${actor.name} approved ${quoteClaim(claim.text)}`;
  await notify(tx, [
    {
      kind: "reason" in decision ? "CHANGES_REQUESTED" : "APPROVED",
      recipientIds: await claimPeople(tx, claim.id),
      actorId: actor.id,
      claimId: claim.id,
      articleId: claim.articleId,
      message,
    },
  ]);
}

/** The article's version `version` was published with these claims: one notice per person. */
export async function notifyPublished(tx: Tx, actor: Actor, article: { id: string; title: string }, claimIds: string[], version: number) {
  const people = (await Promise.all(claimIds.map((id) => claimPeople(tx, id)))).flat();
  await notify(tx, [
    {
      kind: "PUBLISHED",
      recipientIds: people,
      actorId: actor.id,
      articleId: article.id,
      message: `${actor.name} published “${article.title}” (version ${version}) with a claim you worked on.`,
    },
  ]);
}
