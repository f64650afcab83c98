import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { publishArticle } from "./publish-article";
import { factCheckPath, HOME_PATH, peekPage } from "./page-cache";
import { homePage, readerPage } from "./render-public-pages";
import { unpublishArticle } from "./unpublish-article";

const ORIGIN = "https://checks.example.org";
let editor: Actor;
let articleId: string;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

describe("the reader page", () => {
  it("renders the published fact-check once, then serves it from memory until it is republished", async () => {
    const first = await readerPage(SAMPLE_ARTICLE.slug, undefined, ORIGIN);
    expect(first.status).toBe(200);
    expect(first.csp).toMatch(/script-src 'self'; style-src 'self' 'sha256-[^']+'/);
    expect(first.html).toContain('aria-label="Verdict: True"');

    // Changed behind the page's back: the cached page stays as it was published.
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, orderBy: { anchorStart: "asc" } });
    const falseRating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
    await db.verdict.update({ where: { claimId: claim.id }, data: { ratingId: falseRating.id } });
    expect((await readerPage(SAMPLE_ARTICLE.slug, undefined, ORIGIN)).html).toBe(first.html);

    // Republishing (with the required correction) shows the new version at once; the old one stays readable.
    await publishArticle({ actor: editor, input: { articleId, correctionNote: "One verdict re-rated." } });
    const second = await readerPage(SAMPLE_ARTICLE.slug, undefined, ORIGIN);
    expect(second.html).toContain("One verdict re-rated.");
    expect(second.html).toContain('aria-label="Verdict: False"');
    const older = await readerPage(SAMPLE_ARTICLE.slug, 1, ORIGIN);
    expect(older.html).toContain("You are reading version 1 of 2.");
    // An earlier version is for the record: not indexed, no ClaimReview, canonical to the latest.
    expect(older.html).toContain('<meta name="robots" content="noindex">');
    expect(older.html).not.toContain("application/ld+json");
    expect(older.html).toContain(`<link rel="canonical" href="${ORIGIN}/f/${SAMPLE_ARTICLE.slug}">`);
    expect(second.html).not.toContain("noindex");

    await unpublishArticle({ actor: editor, input: { articleId } });
    const gone = await readerPage(SAMPLE_ARTICLE.slug, undefined, ORIGIN);
    expect(gone.status).toBe(404);
    expect(gone.html).toContain("Page not found");
    expect((await readerPage(SAMPLE_ARTICLE.slug, 1, ORIGIN)).status).toBe(404);
  });

  it("writes the site's public address into links and ClaimReview, never the seed's localhost default", async () => {
    await publishArticle({ actor: editor, input: { articleId, correctionNote: "Back online." } });
    const page = await readerPage(SAMPLE_ARTICLE.slug, undefined, "https://desk.example.net");
    expect(page.html).toContain('<link rel="canonical" href="https://desk.example.net/f/');
    expect(page.html).toContain('<meta property="og:url" content="https://desk.example.net/f/');
    const reviews = [...page.html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(review.url).toMatch(/^https:\/\/desk\.example\.net\/f\//);
      expect(review.author.url).toBe("https://desk.example.net");
    }
    expect(page.html).not.toContain("localhost");
  });

  it("never lets unknown addresses push a real page out, and keeps the home page until something is published", async () => {
    const origin = "https://cache.example.org";
    const real = await readerPage(SAMPLE_ARTICLE.slug, undefined, origin);
    expect(real.status).toBe(200);
    for (let i = 0; i < 1_200; i++) expect((await readerPage(`no-such-fact-check-${i}`, undefined, origin)).status).toBe(404);
    for (let i = 2; i < 40; i++) expect((await readerPage(SAMPLE_ARTICLE.slug, 1000 + i, origin)).status).toBe(404);
    expect(peekPage(factCheckPath(SAMPLE_ARTICLE.slug), origin)?.page.html).toBe(real.html);
    // "Not found" answers are kept too, for the server's fast path.
    expect(peekPage(factCheckPath("no-such-fact-check-1199"), origin)?.page.status).toBe(404);

    const home = await homePage(origin);
    expect(home.html).toContain(SAMPLE_ARTICLE.title);
    expect(peekPage(HOME_PATH, origin)?.page.html).toBe(home.html);
    await unpublishArticle({ actor: editor, input: { articleId } });
    expect(peekPage(HOME_PATH, origin)).toBeUndefined();
    expect((await homePage(origin)).html).toContain("No fact-checks have been published yet.");
  });

  it("keeps the real site's pages however many made-up hosts ask", async () => {
    const real = "https://desk.example.org";
    await readerPage(SAMPLE_ARTICLE.slug, undefined, real).catch(() => undefined);
    for (let i = 0; i < 20; i++) {
      await readerPage(SAMPLE_ARTICLE.slug, undefined, `http://junk${i}.example`);
      // The real site is asked for in between, as it would be: it stays among the recent origins.
      await readerPage(SAMPLE_ARTICLE.slug, undefined, real);
    }
    expect(peekPage(factCheckPath(SAMPLE_ARTICLE.slug), real)).toBeDefined();
    expect(peekPage(factCheckPath(SAMPLE_ARTICLE.slug), "http://junk0.example")).toBeUndefined();
  });
});
