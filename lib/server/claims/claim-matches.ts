// "Similar fact-checks" in the claim panel: earlier checks of the same or a similar claim (the
// desk's own and the reference archive), and the editor's record that one of them is the same
// claim ("same claim as"), audited in the claim's history. Linking is a note beside the evidence,
// not evidence: it changes neither the claim's state nor its version.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { linkClaimMatchSchema, similarForClaimSchema, unlinkClaimMatchSchema } from "@/lib/schemas/claim-match";
import { recordClaimEvent } from "../audit/record-claim-event";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { findSimilarClaims } from "../similar/find-similar-claims";
import { defineUseCase } from "../use-case";

const PUBLISHED = /^\/f\/([a-z0-9-]{1,120})#claim-(c[a-z0-9]{20,31})$/;
const IN_PROGRESS = /^\/articles\/(c[a-z0-9]{20,31})\?claim=(c[a-z0-9]{20,31})$/;

/** What a linked address is, from the desk's own records: never from what the client sent. */
async function resolveMatch(href: string) {
  const published = PUBLISHED.exec(href);
  if (published) {
    const row = await db.publishedClaim.findFirst({ where: { slug: published[1], claimId: published[2] } });
    if (row) return { origin: "desk", claimReviewed: row.text, publisher: (await getPublisherProfile()).name, rating: row.ratingLabel };
  }
  const inProgress = IN_PROGRESS.exec(href);
  if (inProgress) {
    const row = await db.claim.findFirst({
      where: { id: inProgress[2], articleId: inProgress[1], deletedAt: null },
      select: { text: true, verdict: { select: { rating: { select: { label: true } } } } },
    });
    if (row)
      return {
        origin: "desk",
        claimReviewed: row.text,
        publisher: (await getPublisherProfile()).name,
        rating: row.verdict?.rating?.label ?? null,
      };
  }
  if (/^https?:\/\//i.test(href)) {
    const row = await db.referenceClaimReview.findFirst({ where: { url: href } });
    if (row) return { origin: "reference", claimReviewed: row.claimReviewed, publisher: row.publisherName, rating: row.ratingText };
  }
  throw new AppError("INVALID_INPUT", "That is not a fact-check this desk knows.", {
    href: ["Choose one of the similar fact-checks listed."],
  });
}

async function liveClaim(claimId: string) {
  const claim = await db.claim.findFirst({ where: { id: claimId, deletedAt: null }, select: { id: true, text: true, anchorExact: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}

/** Earlier fact-checks like this claim (its own entries left out), and the ones already linked. */
export const similarForClaim = defineUseCase(
  { permission: "claim.read", schema: similarForClaimSchema, invalid: "Choose a claim." },
  async ({ actor, input }) => {
    const claim = await liveClaim(input.claimId);
    const text = (input.text || claim.text || claim.anchorExact).slice(0, 1000);
    const linked = await db.claimMatch.findMany({
      where: { claimId: claim.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, href: true, origin: true, claimReviewed: true, publisher: true, rating: true },
    });
    if (text.trim().length < 3) return { similar: [], linked };
    const ownPlaces = [`?claim=${claim.id}`, `#claim-${claim.id}`];
    const found = await findSimilarClaims({ actor, input: { text, limit: 8 } });
    const similar = found.filter((result) => !ownPlaces.some((place) => result.href.endsWith(place))).slice(0, 5);
    return { similar, linked };
  },
);

export const linkClaimMatch = defineUseCase(
  { permission: "claim.edit", schema: linkClaimMatchSchema, invalid: "Choose a fact-check to link." },
  async ({ actor, input }) => {
    await liveClaim(input.claimId);
    const found = await resolveMatch(input.href);
    return db.$transaction(async (tx) => {
      const existing = await tx.claimMatch.findUnique({ where: { claimId_href: { claimId: input.claimId, href: input.href } } });
      if (existing) return { matchId: existing.id };
      const match = await tx.claimMatch.create({ data: { claimId: input.claimId, href: input.href, ...found, createdById: actor.id } });
      await recordClaimEvent(tx, {
        actorId: actor.id,
        claimId: input.claimId,
        action: "same-claim",
        changes: {
          sameClaimAs: { before: null, after: { claimReviewed: found.claimReviewed, publisher: found.publisher, href: input.href } },
        },
      });
      return { matchId: match.id };
    });
  },
);

export const unlinkClaimMatch = defineUseCase(
  { permission: "claim.edit", schema: unlinkClaimMatchSchema, invalid: "Choose a link to remove." },
  async ({ actor, input }) => {
    return db.$transaction(async (tx) => {
      const match = await tx.claimMatch.findFirst({ where: { id: input.matchId, claimId: input.claimId } });
      if (!match) throw new AppError("NOT_FOUND", "That link was already removed.");
      await tx.claimMatch.delete({ where: { id: match.id } });
      await recordClaimEvent(tx, {
        actorId: actor.id,
        claimId: input.claimId,
        action: "same-claim",
        changes: {
          sameClaimAs: { before: { claimReviewed: match.claimReviewed, publisher: match.publisher, href: match.href }, after: null },
        },
      });
      return { removed: true };
    });
  },
);
