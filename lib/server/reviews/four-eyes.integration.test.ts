// Every published claim is exactly what a second person approved: no public field of a claim can
// change without going back through review, approvals are bound to what was judged, and
// publishing notices every change.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { reviewInput } from "@/lib/testing/review-input";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { reopenClaim } from "@/lib/server/claims/reopen-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { getPublishedFactCheck } from "@/lib/server/publications/get-published-fact-check";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { approveClaim } from "./approve-claim";

const a: Record<string, Actor> = {};
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org", "editor2@example.org", "reviewer@example.org", "reviewer2@example.org"]) {
    a[email.split("@")[0]!] = await actorFor(email);
  }
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

const claimNow = (id: string) => db.claim.findUniqueOrThrow({ where: { id }, include: { verdict: { include: { contributors: true } } } });
const approvedClaims = () => db.claim.findMany({ where: { articleId, state: "APPROVED" }, orderBy: { anchorStart: "asc" } });

/** Submits (if needed) and approves a claim as `reviewer`. */
async function reapprove(claimId: string, reviewer = a.reviewer!) {
  const claim = await claimNow(claimId);
  if (claim.state !== "IN_REVIEW") await submitClaim({ actor: a.editor!, input: { claimId, version: claim.version } });
  await approveClaim({ actor: reviewer, input: await reviewInput(claimId) });
}

describe("four eyes without holes", () => {
  it.each([
    ["text", { text: "A rewritten claim that nobody reviewed." }],
    ["claimant", { claimantId: null }],
    ["date said", { dateSaid: "2024-01-01" }],
    ["appearance URL", { appearanceUrl: "https://example.org/elsewhere" }],
  ])("sends an approved claim back to draft when its %s changes, voiding approvals and recording the editor", async (_field, change) => {
    const [claim] = await approvedClaims();
    const saved = await updateClaim({ actor: a.editor2!, input: { claimId: claim!.id, version: claim!.version, ...change } });
    expect(saved.state).toBe("DRAFT");
    expect(await db.review.count({ where: { claimId: claim!.id, voided: false } })).toBe(0);
    const after = await claimNow(claim!.id);
    expect(after.verdict!.contributors.map((c) => c.id)).toContain(a.editor2!.id);
    // Put it back for the next case: resubmitted and approved again by someone who did not edit it.
    if ("claimantId" in change)
      await updateClaim({ actor: a.editor!, input: { claimId: claim!.id, version: after.version, claimantId: claim!.claimantId } });
    await reapprove(claim!.id);
  });

  it("keeps an approved claim approved when only its tags, check-worthiness or assignee change", async () => {
    const [claim] = await approvedClaims();
    const saved = await updateClaim({
      actor: a.editor!,
      input: { claimId: claim!.id, version: claim!.version, tags: ["desk only"], checkWorthiness: 1, assigneeId: a.editor!.id },
    });
    expect(saved.state).toBe("APPROVED");
  });

  it("refuses an approval for an older version of the claim and says what changed", async () => {
    const claim = (await approvedClaims())[1]!;
    const seenByReviewer = await reviewInput(claim.id);
    await updateClaim({
      actor: a.editor!,
      input: { claimId: claim.id, version: claim.version, text: "Wording changed after the reviewer opened it." },
    });
    await submitClaim({ actor: a.editor!, input: { claimId: claim.id, version: (await claimNow(claim.id)).version } });
    await expect(approveClaim({ actor: a.reviewer2!, input: seenByReviewer })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^${a.editor!.name} changed claim.* while you were reviewing`)),
    });
    expect((await claimNow(claim.id)).state).toBe("IN_REVIEW");
    // Judged as it is now, the approval counts, and records the claim version it judged.
    await approveClaim({ actor: a.reviewer2!, input: await reviewInput(claim.id) });
    const review = await db.review.findFirstOrThrow({ where: { claimId: claim.id, voided: false } });
    expect(review.claimVersion).toBe((await claimNow(claim.id)).version - 1);
  });

  it("does not let an admin approve a claim whose text they edited", async () => {
    const claim = (await approvedClaims())[2]!;
    await updateClaim({ actor: a.admin!, input: { claimId: claim.id, version: claim.version, text: "An admin's own wording." } });
    await submitClaim({ actor: a.editor!, input: { claimId: claim.id, version: (await claimNow(claim.id)).version } });
    await expect(approveClaim({ actor: a.admin!, input: await reviewInput(claim.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveClaim({ actor: a.reviewer!, input: await reviewInput(claim.id) });
  });

  it("deletes through the workflow: an audited event at the version seen, never without one", async () => {
    const draft = await db.claim.findFirstOrThrow({ where: { articleId, state: "DRAFT" } });
    await expect(deleteClaim({ actor: a.editor!, input: { claimId: draft.id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(deleteClaim({ actor: a.editor!, input: { claimId: draft.id, version: draft.version + 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(deleteClaim({ actor: a.editor!, input: { claimId: draft.id, version: draft.version } })).resolves.toEqual({
      state: "DELETED",
      version: draft.version + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: draft.id, action: "delete" } });
    expect(event.changes).toMatchObject({ state: { before: "DRAFT", after: "DELETED" } });
  });
});

describe("publishing compares every public field", () => {
  it("publishes no new version when nothing changed, and says so", async () => {
    const first = await publishArticle({ actor: a.editor!, input: { articleId, correctionNote: "Claims re-reviewed." } });
    await expect(publishArticle({ actor: a.editor!, input: { articleId } })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: `Nothing changed since version ${first.version}, so no new version was published.`,
    });
    expect(await db.publication.count({ where: { articleId } })).toBe(first.version);
  });

  it("demands a correction note when a published claim's text changed, even after a new approval", async () => {
    const claim = (await approvedClaims())[0]!;
    await updateClaim({ actor: a.editor!, input: { claimId: claim.id, version: claim.version, text: `${claim.text} (reworded)` } });
    await reapprove(claim.id);
    await expect(publishArticle({ actor: a.editor!, input: { articleId } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { correctionNote: [expect.stringContaining("1 published claim")] },
    });
    const corrected = await publishArticle({
      actor: a.editor!,
      input: { articleId, correctionNote: "Claim reworded to match the quote." },
    });
    const published = await getPublishedFactCheck(SAMPLE_ARTICLE.slug);
    expect(published?.version).toBe(corrected.version);
    const changed = published!.snapshot.claims.find((c) => c.id === claim.id)!;
    expect(changed.text).toMatch(/\(reworded\)$/);
    // Its own dates: first published with the sample, modified now; the others keep theirs.
    expect(changed.modifiedAt).toBe(published!.publishedAt.toISOString());
    const untouched = published!.snapshot.claims.find((c) => c.id !== claim.id)!;
    expect(untouched.modifiedAt).not.toBe(published!.publishedAt.toISOString());
  });

  it("needs a correction note for a claim that was withdrawn and comes back with another verdict", async () => {
    const claim = (await approvedClaims())[3]!;
    await reopenClaim({ actor: a.editor!, input: { claimId: claim.id, version: claim.version } });
    await publishArticle({ actor: a.editor!, input: { articleId, correctionNote: "One claim is back in review." } });
    const falseRating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
    await updateClaim({
      actor: a.editor!,
      input: { claimId: claim.id, version: (await claimNow(claim.id)).version, ratingId: falseRating.id },
    });
    await reapprove(claim.id);
    await expect(publishArticle({ actor: a.editor!, input: { articleId } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    await publishArticle({ actor: a.editor!, input: { articleId, correctionNote: "Re-rated False." } });
    const published = (await getPublishedFactCheck(SAMPLE_ARTICLE.slug))!.snapshot.claims.find((c) => c.id === claim.id)!;
    // It keeps the date it was first published.
    expect(new Date(published.firstPublishedAt!).getTime()).toBeLessThan(new Date(published.modifiedAt!).getTime());
  });
});
