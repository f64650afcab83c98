// The reference archive's import against a real Postgres: every shape, broken items among good
// ones, idempotency, limits, who may import, and a failed transaction that writes nothing.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import arrayOfReviews from "@/lib/domain/claim-review-import/fixtures/array-of-claim-reviews.json";
import dataFeed from "@/lib/domain/claim-review-import/fixtures/data-feed.json";
import graph from "@/lib/domain/claim-review-import/fixtures/json-ld-graph.json";
import malformed from "@/lib/domain/claim-review-import/fixtures/malformed-among-good.json";
import single from "@/lib/domain/claim-review-import/fixtures/single-claim-review.json";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { importClaimReviews } from "./import-claim-reviews";

let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
  editor = await actorFor("editor@example.org");
});

const run = (input: unknown, actor: Actor | null = admin) => importClaimReviews({ actor, input });
const row = (url: string, claimReviewed: string) =>
  db.referenceClaimReview.findUniqueOrThrow({ where: { url_claimReviewed: { url, claimReviewed } } });
const importEvents = () =>
  db.auditEvent.findMany({ where: { entityType: "ReferenceClaimReview", action: "import" }, orderBy: { id: "asc" } });

/** A small valid ClaimReview of its own. */
const review = (n: number, extra: Record<string, unknown> = {}) => ({
  "@type": "ClaimReview",
  url: `https://factdesk.example.org/checks/generated-${n}`,
  claimReviewed: `Generated claim number ${n} about Example City.`,
  datePublished: "2024-01-01",
  author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factdesk.example.org/" },
  reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 },
  ...extra,
});

describe("every shape fact-checkers publish", () => {
  it("imports one ClaimReview into every column, keeping the item as raw", async () => {
    expect(await run(single)).toEqual({ imported: 1, updated: 0, skipped: 0, errors: [] });
    const stored = await row(single.url, single.claimReviewed);
    expect(stored).toMatchObject({
      publisherName: "Example Fact Desk",
      publisherUrl: "https://factdesk.example.org/",
      ratingText: "Mostly false",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      datePublished: new Date("2024-03-05T00:00:00Z"),
      claimantName: "Example City Council",
      claimantType: "Organization",
      claimDate: new Date("2024-02-28T00:00:00Z"),
      appearanceUrls: ["https://news.example.com/2024/02/28/tunnel-budget"],
      language: "en",
    });
    expect(stored.raw).toEqual(single);
  });

  it("imports an array, a JSON-LD @graph and a DataFeed, reporting the feed's broken item by its index", async () => {
    expect(await run(arrayOfReviews)).toEqual({ imported: 3, updated: 0, skipped: 0, errors: [] });
    expect((await row(arrayOfReviews[0]!.url, arrayOfReviews[0]!.claimReviewed)).claimantType).toBe("Person");
    expect(await run(graph)).toEqual({ imported: 1, updated: 0, skipped: 0, errors: [] });
    expect(
      (await row("https://factdesk.example.org/checks/library-hours", "The central library now opens only two days a week.")).publisherName,
    ).toBe("Example Fact Desk");
    expect(await run(dataFeed)).toEqual({
      imported: 3,
      updated: 0,
      skipped: 0,
      errors: [{ index: 3, message: "item 3: reviewRating is missing" }],
    });
    // Two claims reviewed on one page are two fact-checks.
    expect(await db.referenceClaimReview.count({ where: { url: "https://factdesk.example.org/checks/rainfall-record" } })).toBe(2);
  });

  it("imports the good items among malformed ones and reports each bad one by index", async () => {
    const before = await db.referenceClaimReview.count();
    const result = await run(malformed);
    expect(result).toMatchObject({ imported: 1, updated: 0, skipped: 0 });
    expect(result.errors.map((error) => error.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.errors[0]).toEqual({ index: 1, message: "item 1: claimReviewed is missing" });
    expect(await db.referenceClaimReview.count()).toBe(before + 1);
    expect(
      await row("https://factdesk.example.org/checks/park-trees", "The city planted 10,000 trees in the park & the square."),
    ).toMatchObject({
      ratingText: "Mostly true",
    });
  });

  it("refuses a request with nothing importable as a whole, listing every item's problem, and writes nothing", async () => {
    const before = await db.referenceClaimReview.count();
    const events = (await importEvents()).length;
    await expect(run([{ "@type": "ClaimReview" }, { "@type": "NewsArticle" }])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Nothing was imported.",
      fieldErrors: {
        items: [
          expect.stringMatching(/^item 0: url is missing; claimReviewed is missing/),
          'item 1: @type is "NewsArticle", not ClaimReview',
        ],
      },
    });
    for (const body of [
      [],
      {},
      "text",
      null,
      { "@graph": [{ "@type": "WebPage" }] },
      { "@type": "DataFeed", dataFeedElement: [] },
      [1, review(1)],
    ]) {
      await expect(run(body), JSON.stringify(body)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await db.referenceClaimReview.count()).toBe(before);
    expect(await importEvents()).toHaveLength(events);
  });
});

describe("idempotent by url and claimReviewed", () => {
  it("imports, then skips the same item, then updates it when its content changed", async () => {
    const item = review(100);
    expect(await run(item)).toEqual({ imported: 1, updated: 0, skipped: 0, errors: [] });
    // The same content in another key order is the same fact-check (jsonb does not keep key order).
    expect(await run(Object.fromEntries(Object.entries(item).reverse()))).toEqual({ imported: 0, updated: 0, skipped: 1, errors: [] });
    const first = await row(item.url, item.claimReviewed);
    const changed = review(100, { reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: "2" } });
    expect(await run([changed, review(101)])).toEqual({ imported: 1, updated: 1, skipped: 0, errors: [] });
    const after = await row(item.url, item.claimReviewed);
    expect(after).toMatchObject({
      id: first.id,
      ratingText: "Mostly false",
      ratingValue: 2,
      bestRating: null,
      importedAt: first.importedAt,
    });
    expect(after.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
    expect(await run([changed, review(101)])).toEqual({ imported: 0, updated: 0, skipped: 2, errors: [] });
  });

  it("handles the same fact-check twice in one request: an identical copy is skipped, a different one reported", async () => {
    const item = review(200);
    const other = review(200, { reviewRating: { "@type": "Rating", alternateName: "True" } });
    expect(await run([item, item, other])).toEqual({
      imported: 1,
      updated: 0,
      skipped: 1,
      errors: [{ index: 2, message: "item 2: repeats the url and claimReviewed of item 0 with different content; item 0 is the one kept" }],
    });
    expect((await row(item.url, item.claimReviewed)).ratingText).toBe("False");
  });

  it("lets two imports of the same new fact-checks race: each is written once, the loser skips", async () => {
    const items = Array.from({ length: 20 }, (_, n) => review(300 + n));
    const results = await Promise.all([run(items), run(items), run(items)]);
    expect(results.map((result) => result.imported).sort()).toEqual([0, 0, 20]);
    expect(results.map((result) => result.skipped).sort()).toEqual([0, 20, 20]);
    expect(await db.referenceClaimReview.count({ where: { url: { startsWith: "https://factdesk.example.org/checks/generated-3" } } })).toBe(
      20,
    );
  });
});

describe("limits", () => {
  it("imports 1,000 items in one request and refuses 1,001, in an array or a DataFeed", async () => {
    const items = Array.from({ length: 1000 }, (_, n) =>
      review(10_000 + n, {
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Person", name: `Speaker ${n}`, sameAs: ["https://www.example.com/a", "https://www.example.com/b"] },
          datePublished: "2023-12-30",
          appearance: [{ "@type": "CreativeWork", url: `https://news.example.com/${n}` }],
        },
      }),
    );
    const feed = (elements: unknown[]) => ({
      "@type": "DataFeed",
      dataFeedElement: elements.map((item) => ({ "@type": "DataFeedItem", dateCreated: "2024-01-01", item })),
    });
    expect(await run(feed(items))).toMatchObject({ imported: 1000, errors: [] });
    const extra = review(20_000);
    for (const body of [[...items, extra], feed([...items, extra])]) {
      await expect(run(body)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: expect.objectContaining({
          [Array.isArray(body) ? "input" : "items"]: ["Send at most 1,000 ClaimReviews a request; this one holds 1,001."],
        }),
      });
    }
  }, 120_000);
});

describe("who may import", () => {
  it("lets admins and write tokens import, recording the counts and the token's name; read tokens and editors may not", async () => {
    const writeToken: Actor = { ...admin, token: { id: "t", name: "Partner", scope: "WRITE" } };
    const readToken: Actor = { ...admin, token: { id: "r", name: "Reader", scope: "READ" } };
    expect(await run([review(500), { "@type": "ClaimReview" }], writeToken)).toMatchObject({ imported: 1, errors: [{ index: 1 }] });
    const event = (await importEvents()).at(-1)!;
    expect(event.actorId).toBe(admin.id);
    expect(event.changes).toEqual({
      items: 2,
      imported: 1,
      updated: 0,
      skipped: 0,
      errors: 1,
      token: { id: "t", name: "Partner", scope: "WRITE" },
    });
    await run(review(501));
    expect((await importEvents()).at(-1)!.changes).toEqual({ items: 1, imported: 1, updated: 0, skipped: 0, errors: 0 });

    const before = await db.referenceClaimReview.count();
    await expect(run(review(502), readToken)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(run(review(502), editor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(run(review(502), null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.referenceClaimReview.count()).toBe(before);
  });
});

describe("nothing half-imported", () => {
  it("writes nothing — no new row, no update, no audit event — when the transaction fails on a late item", async () => {
    // A fault injected in the real database (as its owner): inserting one particular claim fails.
    const owner = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
    await owner.connect();
    try {
      await owner.query(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW."claimReviewed" LIKE 'Poison%' THEN RAISE EXCEPTION 'injected failure'; END IF;
          RETURN NEW;
        END $$`);
      await owner.query(
        `CREATE TRIGGER refuse_poison BEFORE INSERT ON "ReferenceClaimReview" FOR EACH ROW EXECUTE FUNCTION refuse_poison()`,
      );
      const existing = review(600);
      await run(existing);
      const stored = await row(existing.url, existing.claimReviewed);
      const count = await db.referenceClaimReview.count();
      const events = (await importEvents()).length;

      const changed = review(600, { reviewRating: { "@type": "Rating", alternateName: "True" } });
      const poison = review(602, { claimReviewed: "Poison pill claim." });
      await expect(run([changed, review(601), poison])).rejects.toThrow();

      expect(await db.referenceClaimReview.count()).toBe(count);
      expect(await row(existing.url, existing.claimReviewed)).toEqual(stored);
      expect(await importEvents()).toHaveLength(events);
    } finally {
      await owner.query(`DROP TRIGGER IF EXISTS refuse_poison ON "ReferenceClaimReview"`);
      await owner.query(`DROP FUNCTION IF EXISTS refuse_poison()`);
      await owner.end();
    }
  });
});
