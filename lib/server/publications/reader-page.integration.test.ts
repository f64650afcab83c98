import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { publishArticle } from "./publish-article";
import { readerPage } from "./render-reader-response";
import { unpublishArticle } from "./unpublish-article";

let editor: Actor;
let articleId: string;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

describe("the reader page", () => {
  it("renders the published fact-check once, then serves it from memory until it is republished", async () => {
    const first = await readerPage(SAMPLE_ARTICLE.slug);
    expect(first.status).toBe(200);
    expect(first.csp).toMatch(/script-src 'self'; style-src 'self' 'sha256-[^']+'/);
    expect(first.html).toContain('aria-label="Verdict: True"');

    // Changed behind the page's back: the cached page stays as it was published.
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, orderBy: { anchorStart: "asc" } });
    const falseRating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
    await db.verdict.update({ where: { claimId: claim.id }, data: { ratingId: falseRating.id } });
    expect((await readerPage(SAMPLE_ARTICLE.slug)).html).toBe(first.html);

    // Republishing (with the required correction) shows the new version at once; the old one stays readable.
    await publishArticle({ actor: editor, articleId, correctionNote: "One verdict re-rated." });
    const second = await readerPage(SAMPLE_ARTICLE.slug);
    expect(second.html).toContain("One verdict re-rated.");
    expect(second.html).toContain('aria-label="Verdict: False"');
    const older = await readerPage(SAMPLE_ARTICLE.slug, 1);
    expect(older.html).toContain("You are reading version 1 of 2.");

    await unpublishArticle({ actor: editor, articleId });
    const gone = await readerPage(SAMPLE_ARTICLE.slug);
    expect(gone.status).toBe(404);
    expect(gone.html).toContain("Page not found");
    expect((await readerPage(SAMPLE_ARTICLE.slug, 1)).status).toBe(404);
  });
});
