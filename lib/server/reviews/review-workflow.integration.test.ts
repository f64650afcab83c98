import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import { reviewInput } from "@/lib/testing/review-input";
import type { Actor } from "@/lib/permissions";
import { addSource } from "@/lib/server/claims/add-source";
import { createClaim } from "@/lib/server/claims/create-claim";
import { reopenClaim } from "@/lib/server/claims/reopen-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { getPublishedFactCheck } from "@/lib/server/publications/get-published-fact-check";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { unpublishArticle } from "@/lib/server/publications/unpublish-article";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { approveClaim } from "./approve-claim";
import { requestChanges } from "./request-changes";

const a: Record<string, Actor> = {};
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org", "reviewer@example.org", "reviewer2@example.org"]) {
    a[email.split("@")[0]!] = await actorFor(email);
  }
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

const current = (claimId: string) => db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });

/** A claim with everything but a source, written by `author`. */
async function draftClaim(author: Actor, quote: string) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  const start = revision.plainText.indexOf(quote);
  const claim = await createClaim({ actor: author, input: { articleId, start, end: start + quote.length } });
  const claimant = await db.claimant.findFirstOrThrow();
  const rating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
  const explanation = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The record says otherwise." }] }] };
  await updateClaim({ actor: author, input: { claimId: claim.id, version: 1, claimantId: claimant.id, ratingId: rating.id, explanation } });
  return claim.id;
}
const withSource = async (actor: Actor, claimId: string) =>
  addSource({ actor, input: { claimId, version: (await current(claimId)).version, title: "Federal Register" } });
const verdictVersion = async (claimId: string) => (await current(claimId)).verdict!.version;

describe("review workflow", () => {
  it("submits only a complete claim, naming what is missing", async () => {
    const claimId = await draftClaim(a.editor!, "Speaking to reporters on Air Force One");
    await expect(submitClaim({ actor: a.editor!, input: { claimId, version: 2 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Before review, add at least one source.",
      fieldErrors: { sources: ["Add at least one source."] },
    });
    await withSource(a.editor!, claimId);
    await expect(submitClaim({ actor: a.reviewer!, input: { claimId, version: 3 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitClaim({ actor: a.editor!, input: { claimId, version: 3 } })).resolves.toEqual({ state: "IN_REVIEW", version: 4 });
  });

  it("refuses the verdict's author and anyone who edited it (four eyes), and stale or reasonless decisions", async () => {
    const claimId = await draftClaim(a.admin!, "West Palm Beach, Florida");
    await withSource(a.admin!, claimId);
    await submitClaim({ actor: a.admin!, input: { claimId, version: 3 } });
    const version = await verdictVersion(claimId);
    await expect(approveClaim({ actor: a.admin!, input: await reviewInput(claimId) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("four eyes"),
    });
    await expect(approveClaim({ actor: a.editor!, input: await reviewInput(claimId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      approveClaim({ actor: a.reviewer!, input: { ...(await reviewInput(claimId)), verdictVersion: version - 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(requestChanges({ actor: a.reviewer!, input: { ...(await reviewInput(claimId)), reason: "  " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say what needs to change."] },
    });
    expect((await current(claimId)).state).toBe("IN_REVIEW");
    expect(await db.review.count({ where: { claimId } })).toBe(0);
  });

  it("goes through changes requested, resubmission and the required number of approvals", async () => {
    await db.publisherProfile.update({ where: { id: 1 }, data: { requiredApprovals: 2 } });
    const claimId = await draftClaim(a.editor!, "slow the amount of fentanyl");
    await withSource(a.editor!, claimId);
    await submitClaim({ actor: a.editor!, input: { claimId, version: 3 } });
    await requestChanges({ actor: a.reviewer!, input: { ...(await reviewInput(claimId)), reason: "Cite the CBP seizure data." } });
    expect((await current(claimId)).state).toBe("CHANGES_REQUESTED");
    await expect(
      requestChanges({ actor: a.reviewer2!, input: { ...(await reviewInput(claimId)), reason: "Again." } }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(approveClaim({ actor: a.reviewer2!, input: await reviewInput(claimId) })).rejects.toMatchObject({ code: "INVALID_STATE" });

    await withSource(a.editor!, claimId);
    await submitClaim({ actor: a.editor!, input: { claimId, version: (await current(claimId)).version } });
    expect((await current(claimId)).state).toBe("IN_REVIEW");
    await expect(submitClaim({ actor: a.editor!, input: { claimId, version: (await current(claimId)).version } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await approveClaim({ actor: a.reviewer!, input: await reviewInput(claimId) });
    expect((await current(claimId)).state).toBe("IN_REVIEW");
    await expect(approveClaim({ actor: a.reviewer!, input: await reviewInput(claimId) })).rejects.toMatchObject({ code: "CONFLICT" });
    await approveClaim({ actor: a.reviewer2!, input: await reviewInput(claimId) });
    expect((await current(claimId)).state).toBe("APPROVED");
    const actions = (await db.auditEvent.findMany({ where: { entityId: claimId }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["submit", "request-changes", "resubmit", "approve"]));
    await db.publisherProfile.update({ where: { id: 1 }, data: { requiredApprovals: 1 } });

    // Every step the workflow does not allow from here is refused with INVALID_STATE.
    const version = (await current(claimId)).version;
    await expect(submitClaim({ actor: a.editor!, input: { claimId, version } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(requestChanges({ actor: a.admin!, input: { ...(await reviewInput(claimId)), reason: "x" } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    await reopenClaim({ actor: a.editor!, input: { claimId, version } });
    expect((await current(claimId)).state).toBe("DRAFT");
    expect(await db.review.count({ where: { claimId, voided: false } })).toBe(0);
    await expect(reopenClaim({ actor: a.editor!, input: { claimId, version: version + 1 } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(approveClaim({ actor: a.reviewer!, input: await reviewInput(claimId) })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(requestChanges({ actor: a.reviewer!, input: { ...(await reviewInput(claimId)), reason: "x" } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
  });

  it("unpublishes a fact-check, keeps every version, and brings it back unchanged without a new version", async () => {
    await expect(unpublishArticle({ actor: a.reviewer!, input: { articleId } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await unpublishArticle({ actor: a.editor!, input: { articleId } });
    expect(await getPublishedFactCheck(SAMPLE_ARTICLE.slug)).toBeNull();
    expect(await db.publication.count({ where: { articleId } })).toBe(1);
    await expect(unpublishArticle({ actor: a.editor!, input: { articleId } })).rejects.toMatchObject({ code: "INVALID_STATE" });
    const again = await publishArticle({ actor: a.editor!, input: { articleId } });
    expect(again).toMatchObject({ version: 1, created: false });
    expect((await getPublishedFactCheck(SAMPLE_ARTICLE.slug))?.version).toBe(1);
  });
});
