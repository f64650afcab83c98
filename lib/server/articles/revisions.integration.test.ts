// New versions of an article, through the use-cases on a real Postgres and a real HTTP server:
// identical text makes no revision; a changed text becomes revision n+1 and every claim follows it
// (anchored, moved, orphaned); a changed quote takes an approved claim back to review; orphans
// are re-attached (audited) or retired; approving an orphan is refused.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { reviewInput } from "@/lib/testing/review-input";
import { seedDatabase } from "@/seeds/seed";
import { createClaim } from "../claims/create-claim";
import { reattachClaim } from "../claims/reattach-claim";
import { approveClaim } from "../reviews/approve-claim";
import { addArticleRevision } from "./add-revision";
import { importArticle } from "./import-article";
import { checkDueArticles, watchInterval } from "./watch-articles";

const PARAGRAPHS = [
  "The council met on Tuesday to discuss the bridge.",
  "The mayor said the bridge cost 40 million euros to build.",
  "Residents asked about the tunnel. The tunnel will open in May, the engineer said.",
  "Nobody mentioned the ferry at all.",
];
const page = (paragraphs: string[]) =>
  `<!doctype html><html><head><title>Bridge story</title></head><body><article><h1>Bridge story</h1>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join("")}</article></body></html>`;

let server: http.Server;
let base: string;
let served = page(PARAGRAPHS);
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(served));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.IMPORT_ALLOWED_HOSTS = "127.0.0.1";
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function mark(articleId: string, quote: string) {
  const { plainText } = await db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" } });
  const start = plainText.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return (await createClaim({ actor: editor, input: { articleId, start, end: start + quote.length } })).id;
}

describe("a new version of an article from its address", () => {
  it("stores nothing for the same text, and carries every claim into a changed one", async () => {
    served = page(PARAGRAPHS);
    const { articleId } = await importArticle({ actor: editor, input: { kind: "url", url: `${base}/bridge` } });
    const kept = await mark(articleId, "Nobody mentioned the ferry at all.");
    const edited = await mark(articleId, "The mayor said the bridge cost 40 million euros to build.");
    const deleted = await mark(articleId, "The tunnel will open in May, the engineer said.");

    const same = await addArticleRevision({ actor: editor, input: { kind: "recheck", articleId } });
    expect(same).toMatchObject({ created: false, revision: 1 });
    expect(await db.articleRevision.count({ where: { articleId } })).toBe(1);

    served = page([
      "A new paragraph opens the story now, before everything else.",
      PARAGRAPHS[0]!,
      "The mayor said the bridge cost 45 million euros to build.",
      "Residents asked about the tunnel.",
      PARAGRAPHS[3]!,
    ]);
    const changed = await addArticleRevision({ actor: editor, input: { kind: "recheck", articleId } });
    expect(changed).toEqual({ created: true, revision: 2, anchored: 1, moved: 1, orphaned: 1 });
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { currentRevision: true } });
    const text = article.currentRevision!.plainText;
    const claims = new Map((await db.claim.findMany({ where: { articleId } })).map((claim) => [claim.id, claim]));

    const stayed = claims.get(kept)!;
    expect(stayed).toMatchObject({ anchorStatus: "ANCHORED", revisionId: article.currentRevisionId });
    expect(text.slice(stayed.anchorStart, stayed.anchorEnd)).toBe("Nobody mentioned the ferry at all.");

    const moved = claims.get(edited)!;
    expect(moved).toMatchObject({
      anchorStatus: "MOVED",
      anchorExact: "The mayor said the bridge cost 45 million euros to build.",
      anchorPreviousExact: "The mayor said the bridge cost 40 million euros to build.",
    });
    expect(moved.anchorSimilarity).toBeGreaterThan(0.9);
    expect(text.slice(moved.anchorStart, moved.anchorEnd)).toBe(moved.anchorExact);

    const orphan = claims.get(deleted)!;
    expect(orphan).toMatchObject({ anchorStatus: "ORPHANED", anchorExact: "The tunnel will open in May, the engineer said." });
    expect(orphan.revisionId).not.toBe(article.currentRevisionId); // its offsets still mean the old text

    const events = await db.auditEvent.findMany({ where: { entityId: { in: [kept, edited, deleted] }, action: "reanchor" } });
    expect(events).toHaveLength(3);
    expect(await db.auditEvent.count({ where: { entityId: articleId, action: "new-revision" } })).toBe(1);
  });

  it("re-attaches an orphan to selected words (audited), refuses a range outside the text, and never approves an orphan", async () => {
    served = page(PARAGRAPHS);
    const { articleId } = await importArticle({ actor: editor, input: { kind: "url", url: `${base}/tunnel`, allowDuplicate: true } });
    const claimId = await mark(articleId, "The tunnel will open in May, the engineer said.");
    served = page([
      PARAGRAPHS[0]!,
      PARAGRAPHS[1]!,
      "Residents asked about the tunnel, which opens in June according to the council.",
      PARAGRAPHS[3]!,
    ]);
    expect(await addArticleRevision({ actor: editor, input: { kind: "recheck", articleId } })).toMatchObject({ orphaned: 1 });
    const orphan = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(orphan.anchorStatus).toBe("ORPHANED");
    await expect(approveClaim({ actor: reviewer, input: await reviewInput(claimId) })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const text = (await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { currentRevision: true } })).currentRevision!
      .plainText;
    await expect(
      reattachClaim({ actor: editor, input: { claimId, version: orphan.version, start: text.length - 2, end: text.length + 10 } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const words = "which opens in June according to the council";
    const start = text.indexOf(words);
    await reattachClaim({ actor: editor, input: { claimId, version: orphan.version, start, end: start + words.length } });
    const attached = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(attached).toMatchObject({ anchorStatus: "ANCHORED", anchorExact: words, anchorCandidates: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: claimId, action: "reattach" } });
    expect(audit.changes).toMatchObject({ quote: { before: "The tunnel will open in May, the engineer said.", after: words } });
  });
});

describe("an approved claim whose words changed", () => {
  it("goes back to review with its approvals voided; one whose words stayed keeps its approval", async () => {
    const text = "Example Daily reports. The bridge was built in 1902 by the city. The ferry still runs every hour.";
    const published = await publishFictionalArticle({
      editor,
      reviewer,
      title: "Fictional bridge history",
      text,
      quote: "The bridge was built in 1902 by the city.",
    });
    const second = await publishFictionalArticle({
      editor,
      reviewer,
      title: "Fictional ferry",
      text,
      quote: "The ferry still runs every hour.",
    });
    const corrected = "Example Daily reports. The bridge was built in 1903 by the city. The ferry still runs every hour.";
    for (const article of [published, second])
      await addArticleRevision({ actor: editor, input: { kind: "text", articleId: article.articleId, text: corrected } });

    const changed = await db.claim.findUniqueOrThrow({ where: { id: published.claimId }, include: { reviews: true, verdict: true } });
    expect(changed).toMatchObject({ state: "IN_REVIEW", anchorStatus: "MOVED", anchorExact: "The bridge was built in 1903 by the city." });
    expect(changed.reviews.every((review) => review.voided)).toBe(true);

    const unchanged = await db.claim.findUniqueOrThrow({ where: { id: second.claimId }, include: { reviews: true } });
    expect(unchanged).toMatchObject({ state: "APPROVED", anchorStatus: "ANCHORED" });
    expect(unchanged.reviews.some((review) => !review.voided)).toBe(true);
  });
});

describe("watching articles (WATCH_INTERVAL)", () => {
  it("reads the interval, off by default", () => {
    expect(watchInterval(undefined)).toBeNull();
    expect(watchInterval("off")).toBeNull();
    expect(watchInterval("30m")).toBe(30 * 60_000);
    expect(watchInterval("6h")).toBe(6 * 3_600_000);
    expect(watchInterval("15")).toBe(15 * 60_000);
    expect(() => watchInterval("every day")).toThrow(/WATCH_INTERVAL/);
  });

  it("checks each due article once however many processes run the job, and stores what changed", async () => {
    served = page(PARAGRAPHS);
    const { articleId } = await importArticle({ actor: editor, input: { kind: "url", url: `${base}/watched`, allowDuplicate: true } });
    await mark(articleId, "Nobody mentioned the ferry at all.");
    // Not due yet: imported a moment ago.
    const early = await Promise.all([checkDueArticles(60_000), checkDueArticles(60_000)]);
    expect(early.flat().filter((result) => result.articleId === articleId)).toEqual([]);

    await db.article.update({ where: { id: articleId }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    served = page([...PARAGRAPHS, "Update: the ferry will stop running in winter."]);
    // Two app processes' rounds at the same moment: one of them checks the article.
    const rounds = await Promise.all([checkDueArticles(60_000), checkDueArticles(60_000)]);
    expect(rounds.flat().filter((result) => result.articleId === articleId)).toEqual([{ articleId, created: true }]);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { currentRevision: true } });
    expect(article.currentRevision!.number).toBe(2);
    expect(article.checkedAt).not.toBeNull();
    const stored = await db.auditEvent.findFirstOrThrow({ where: { entityId: articleId, action: "new-revision" } });
    expect(stored.changes).toMatchObject({ via: "watch", anchored: 1 });
    // Checked just now: not again until the interval has passed.
    expect((await checkDueArticles(60_000)).filter((result) => result.articleId === articleId)).toEqual([]);
  });
});
