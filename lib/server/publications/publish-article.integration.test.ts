import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { getPublishedFactCheck } from "./get-published-fact-check";
import { listPublishedFactChecks } from "./list-published";
import { publishArticle } from "./publish-article";

let editor: Actor;
let reviewer: Actor;
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor2@example.org");
  reviewer = await actorFor("reviewer@example.org");
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

describe("publishing", () => {
  it("shows the seeded fact-check to anonymous readers with only approved claims", async () => {
    const factCheck = await getPublishedFactCheck(SAMPLE_ARTICLE.slug);
    expect(factCheck?.version).toBe(1);
    expect(factCheck?.snapshot.publisher.name).toBe("The Fact-Check Desk");
    expect(factCheck?.snapshot.claims.map((c) => c.rating.label)).toEqual(["True", "Unverifiable", "True", "True"]);
    expect(factCheck?.snapshot.claims.every((c) => c.reviewers.length === 1)).toBe(true);
    const listed = await listPublishedFactChecks();
    expect(listed.map((item) => item.slug)).toEqual([SAMPLE_ARTICLE.slug]);
  });

  it("refuses reviewers and anonymous callers, and changes nothing", async () => {
    await expect(publishArticle({ actor: reviewer, input: { articleId } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishArticle({ actor: null, input: { articleId } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(publishArticle({ actor: editor, input: { articleId: "missing" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publishArticle({ actor: editor, input: { articleId: "cnosucharticle00000000000" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.publication.count({ where: { articleId } })).toBe(1);
  });

  it("publishes version n+1 for a new approved claim, and demands a correction note when a published verdict changed", async () => {
    const added = await db.claim.findFirstOrThrow({ where: { articleId, state: "IN_REVIEW" } });
    await db.claim.update({ where: { id: added.id }, data: { state: "APPROVED" } });
    await db.review.create({
      data: { claimId: added.id, reviewerId: reviewer.id, decision: "APPROVE", verdictVersion: 1, claimVersion: added.version },
    });
    const again = await publishArticle({ actor: editor, input: { articleId } });
    expect(again.version).toBe(2);

    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, include: { verdict: true } });
    const originalLabel = (await db.rating.findUniqueOrThrow({ where: { id: claim.verdict!.ratingId! } })).label;
    const falseRating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
    await db.verdict.update({ where: { claimId: claim.id }, data: { ratingId: falseRating.id } });

    await expect(publishArticle({ actor: editor, input: { articleId } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { correctionNote: [expect.stringContaining("1 published claim")] },
    });
    expect(await db.publication.count({ where: { articleId } })).toBe(2);

    const corrected = await publishArticle({ actor: editor, input: { articleId, correctionNote: "Re-rated after new evidence." } });
    expect(corrected.version).toBe(3);
    const latest = await getPublishedFactCheck(SAMPLE_ARTICLE.slug);
    expect(latest?.history.map((h) => [h.version, h.correctionNote])).toEqual([
      [3, "Re-rated after new evidence."],
      [2, null],
      [1, null],
    ]);
    // Earlier versions stay as they were published.
    const ratingIn = async (version: number) =>
      (await getPublishedFactCheck(SAMPLE_ARTICLE.slug, version))?.snapshot.claims.find((c) => c.id === claim.id)?.rating.label;
    expect(await ratingIn(1)).toBe(originalLabel);
    expect(await ratingIn(3)).toBe("False");
  });

  it("records who published in the audit log", async () => {
    const events = await db.auditEvent.findMany({ where: { entityId: articleId, action: "publish" } });
    expect(events.some((event) => event.actorId === editor.id)).toBe(true);
  });
});
