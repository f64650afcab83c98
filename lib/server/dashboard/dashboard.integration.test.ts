// The dashboard on a known fixture (the demo seed plus a fictional published article), and the
// promise behind it: every number equals the length of the filtered claims list it links to.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startOfUtcDay } from "@/lib/domain/claims/desk-fields";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { bulkUpdateClaims } from "../claims/bulk-update-claims";
import { listDeskClaims } from "../claims/list-desk-claims";
import { listReviewQueue } from "../claims/list-review-queue";
import { getDashboard } from "./get-dashboard";

const a: Record<string, Actor> = {};
const DAY = 86_400_000;
let claims: { id: string; version: number; state: string; text: string }[];

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "reviewer@example.org", "admin@example.org"]) a[email.split("@")[0]!] = await actorFor(email);
  const fictional = await publishFictionalArticle({
    editor: a.editor!,
    reviewer: a.reviewer!,
    title: "Harbour tunnel costs",
    text: "The council said the harbour tunnel will cost 40 million euros. The opposition disagreed.",
    quote: "the harbour tunnel will cost 40 million euros",
  });
  // Known times from import to first publication: 3 days for the sample, 1 day for the fictional one.
  for (const [slug, days] of [
    [SAMPLE_ARTICLE.slug, 3],
    [fictional.slug, 1],
  ] as const) {
    const article = await db.article.findUniqueOrThrow({
      where: { slug },
      include: { publications: { orderBy: { version: "asc" }, take: 1 } },
    });
    await db.article.update({
      where: { id: article.id },
      data: { createdAt: new Date(article.publications[0]!.publishedAt.getTime() - days * DAY) },
    });
  }
  const sample = await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } });
  claims = await db.claim.findMany({ where: { articleId: sample.id, deletedAt: null }, orderBy: { anchorStart: "asc" } });
  const seen = (list: typeof claims) => list.map((c) => ({ claimId: c.id, version: c.version }));
  await bulkUpdateClaims({
    actor: a.editor!,
    input: { claims: seen(claims.slice(0, 2)), action: { kind: "assign", assigneeId: a.reviewer!.id } },
  });
  await bulkUpdateClaims({ actor: a.editor!, input: { claims: seen(claims.slice(4)), action: { kind: "priority", priority: "URGENT" } } });
  // Due yesterday: the draft is overdue, the approved claim is done and is not.
  const yesterday = new Date(startOfUtcDay(new Date()).getTime() - DAY);
  await db.claim.updateMany({
    where: { id: { in: claims.filter((c) => c.state !== "IN_REVIEW").map((c) => c.id) } },
    data: { dueAt: yesterday },
  });
  await db.claim.updateMany({ where: { state: "IN_REVIEW" }, data: { dueAt: new Date(Date.now() + 5 * DAY) } });
});

const total = async (input: Record<string, string>) => (await listDeskClaims({ actor: a.editor!, input })).total;

describe("dashboard", () => {
  it("counts claims by assignee and state, each count equal to its filtered list", async () => {
    const dashboard = await getDashboard({ actor: a.editor! });
    const rita = dashboard.byState.rows.find((row) => row.name === "Rita Reviewer")!;
    expect(rita.total).toBe(2);
    expect(dashboard.byState.rows.at(-1)!.name).toBe("Nobody");
    expect(dashboard.byState.total).toBe(await total({}));
    for (const row of dashboard.byState.rows)
      for (const [i, state] of dashboard.states.entries())
        expect(await total({ state, assignee: row.assigneeId ?? "nobody" }), `${row.name} ${state}`).toBe(row.counts[i]);
  });

  it("counts overdue open claims only, as the overdue list does", async () => {
    const dashboard = await getDashboard({ actor: a.editor! });
    const open = claims.filter((c) => c.state === "DRAFT" || c.state === "CHANGES_REQUESTED").length;
    expect(dashboard.overdue).toBe(open);
    expect(await total({ overdue: "1" })).toBe(open);
  });

  it("gives the median and 90th percentile from import to publication", async () => {
    const { publication } = await getDashboard({ actor: a.editor! });
    expect(publication.articles).toBe(2);
    expect(publication.median! / DAY).toBeCloseTo(2, 5);
    expect(publication.p90! / DAY).toBeCloseTo(2.8, 5);
  });

  it("buckets published verdicts by month and rating, each cell equal to its filtered list", async () => {
    const { verdicts } = await getDashboard({ actor: a.editor! });
    expect(verdicts.months).toHaveLength(12);
    const month = new Date().toISOString().slice(0, 7);
    const current = verdicts.months.at(-1)!;
    expect(current.month).toBe(month);
    expect(current.total).toBe(await db.publishedClaim.count());
    expect(verdicts.months.slice(0, -1).every((m) => m.total === 0)).toBe(true);
    for (const [r, rating] of verdicts.ratings.entries())
      if (current.counts[r]) expect(await total({ published: month, rating }), rating).toBe(current.counts[r]);
    expect(await total({ published: month })).toBe(current.total);
  });

  it("tells the review queue's age", async () => {
    const { review } = await getDashboard({ actor: a.editor!, now: new Date(Date.now() + 2 * DAY) });
    expect(review.count).toBe((await listReviewQueue({ actor: a.reviewer! })).length);
    expect(review.oldest! / DAY).toBeGreaterThanOrEqual(2);
    expect(review.median!).toBeLessThanOrEqual(review.oldest!);
  });
});

describe("claims list", () => {
  it("sorts by priority and by due date, soonest first and undated last", async () => {
    const byPriority = await listDeskClaims({ actor: a.editor!, input: { sort: "priority" } });
    expect(byPriority.claims[0]!.priority).toBe("URGENT");
    const byDue = (await listDeskClaims({ actor: a.editor!, input: { sort: "due" } })).claims;
    const dues = byDue.map((c) => c.dueAt?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    expect(byDue.at(-1)!.dueAt).toBeNull(); // the fictional article's claim has no due date
  });

  it("filters by assignee, priority and due before, and refuses a malformed filter", async () => {
    expect(await total({ assignee: a.reviewer!.id })).toBe(2);
    expect(await total({ priority: "URGENT" })).toBe(claims.length - 4);
    expect(await total({ dueBefore: new Date().toISOString().slice(0, 10) })).toBe(claims.filter((c) => c.state !== "IN_REVIEW").length);
    await expect(listDeskClaims({ actor: a.editor!, input: { published: "May 2026" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(listDeskClaims({ actor: null, input: {} })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
