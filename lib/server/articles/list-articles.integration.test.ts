// The articles list runs by its open claims: earliest due date, highest priority, who has them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { listReviewQueue } from "../claims/list-review-queue";
import { listArticles } from "./list-articles";

const a: Record<string, Actor> = {};
let sampleId: string;
let otherId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "reviewer@example.org"]) a[email.split("@")[0]!] = await actorFor(email);
  sampleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
  otherId = (
    await publishFictionalArticle({
      editor: a.editor!,
      reviewer: a.reviewer!,
      title: "Harbour tunnel costs",
      text: "The council said the harbour tunnel will cost 40 million euros. The opposition disagreed.",
      quote: "the harbour tunnel will cost 40 million euros",
    })
  ).articleId;
  const sample = await db.claim.findMany({ where: { articleId: sampleId }, orderBy: { anchorStart: "asc" } });
  const draft = sample.find((c) => c.state === "DRAFT")!;
  const inReview = sample.find((c) => c.state === "IN_REVIEW")!;
  const approved = sample.find((c) => c.state === "APPROVED")!;
  await db.claim.update({ where: { id: draft.id }, data: { dueAt: new Date("2030-01-10T00:00:00Z"), priority: "HIGH" } });
  await db.claim.update({ where: { id: inReview.id }, data: { dueAt: new Date("2030-01-05T00:00:00Z"), assigneeId: a.reviewer!.id } });
  // Approved claims are done: their due date and priority do not count.
  await db.claim.update({ where: { id: approved.id }, data: { dueAt: new Date("2020-01-01T00:00:00Z"), priority: "URGENT" } });
});

describe("articles list", () => {
  it("shows each article's earliest due date and highest priority among its open claims", async () => {
    const articles = await listArticles({ actor: a.editor! });
    const sample = articles.find((article) => article.id === sampleId)!;
    expect(sample.earliestDue?.toISOString()).toBe("2030-01-05T00:00:00.000Z");
    expect(sample.highestPriority).toBe("HIGH");
    expect(articles.find((article) => article.id === otherId)).toMatchObject({ earliestDue: null, highestPriority: null });
  });

  it("sorts by due date and priority, and filters by assignee, priority, due before, overdue and status", async () => {
    const ids = async (filter: Parameters<typeof listArticles>[0]["filter"]) =>
      (await listArticles({ actor: a.editor!, filter })).map((article) => article.id);
    expect((await ids({ sort: "due" }))[0]).toBe(sampleId);
    expect((await ids({ sort: "priority" }))[0]).toBe(sampleId);
    expect(await ids({ assignee: a.reviewer!.id })).toEqual([sampleId]);
    expect(await ids({ priority: "HIGH" })).toEqual([sampleId]);
    expect(await ids({ priority: "URGENT" })).toEqual([]);
    expect(await ids({ dueBefore: "2030-01-06" })).toEqual([sampleId]);
    expect(await ids({ dueBefore: "2030-01-05" })).toEqual([]);
    expect(await ids({ overdue: "1" })).toEqual([]);
    expect((await ids({ status: "published" })).sort()).toEqual([sampleId, otherId].sort());
  });
});

describe("review queue", () => {
  it("filters by assignee and priority and sorts by due date", async () => {
    expect(await listReviewQueue({ actor: a.reviewer!, filter: { assignee: "nobody" } })).toEqual([]);
    expect(await listReviewQueue({ actor: a.reviewer!, filter: { priority: "URGENT" } })).toEqual([]);
    const [claim] = await listReviewQueue({ actor: a.reviewer!, filter: { assignee: a.reviewer!.id, sort: "due" } });
    expect(claim?.dueAt?.toISOString()).toBe("2030-01-05T00:00:00.000Z");
  });
});
