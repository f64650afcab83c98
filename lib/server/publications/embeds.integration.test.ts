// The embed card and its oEmbed answer against a real Postgres: only published fact-checks, the
// pinned version when asked, and gone as soon as a fact-check is withdrawn.
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";
import { publishArticle } from "./publish-article";
import { embedCardPage, oembedFor } from "./render-embeds";
import { unpublishArticle } from "./unpublish-article";

const ORIGIN = "https://embeds.example.org";
let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

const cardOf = async (slug: string, version?: number) => {
  const page = await embedCardPage(slug, version, ORIGIN);
  return { page, doc: new JSDOM(page.html).window.document };
};

describe("the embed card and oEmbed", () => {
  it("show the published sample's claims with their ratings, framable by any site", async () => {
    const { page, doc } = await cardOf(SAMPLE_ARTICLE.slug);
    expect(page.status).toBe(200);
    expect(page.csp).toContain("frame-ancestors *");
    expect(doc.querySelector("h1")?.textContent).toBe(SAMPLE_ARTICLE.title);
    const ratings = [...doc.querySelectorAll("li .badge")].map((badge) => badge.textContent);
    expect(ratings).toHaveLength(4);
    expect(ratings).toContain("True");
    expect(ratings).toContain("Unverifiable");
    expect(doc.querySelector("a")?.getAttribute("href")).toBe(`${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`);

    const answer = await oembedFor({ url: `${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`, origin: ORIGIN, maxWidth: 400 });
    expect(answer).toMatchObject({ type: "rich", version: "1.0", width: 400, title: `Fact-check: ${SAMPLE_ARTICLE.title}` });
    expect(answer!.html).toContain(`src="${ORIGIN}/embed/f/${SAMPLE_ARTICLE.slug}"`);
    // Another site's address, or an address that is not a fact-check, gets nothing.
    expect(await oembedFor({ url: `https://elsewhere.example/f/${SAMPLE_ARTICLE.slug}`, origin: ORIGIN })).toBeNull();
    expect(await oembedFor({ url: `${ORIGIN}/f/no-such-fact-check`, origin: ORIGIN })).toBeNull();
    expect(await oembedFor({ url: `${ORIGIN}/f/${SAMPLE_ARTICLE.slug}?version=9`, origin: ORIGIN })).toBeNull();
  });

  it("pin a version, and disappear when the fact-check is withdrawn", async () => {
    const fictional = await publishFictionalArticle({
      editor,
      reviewer,
      title: "Example Daily: harbour tax",
      text: "Example Daily reported that the council doubled the harbour tax in March. The minutes record four percent.",
      quote: "the council doubled the harbour tax in March",
    });
    expect((await cardOf(fictional.slug)).page.status).toBe(200);

    // Version 2 re-rates the claim; version 1 stays embeddable as it was.
    const mostlyFalse = await db.rating.findFirstOrThrow({ where: { label: "Mostly false" } });
    await db.verdict.update({ where: { claimId: fictional.claimId }, data: { ratingId: mostlyFalse.id } });
    await publishArticle({ actor: editor, input: { articleId: fictional.articleId, correctionNote: "Re-rated." } });
    expect([...(await cardOf(fictional.slug)).doc.querySelectorAll("li .badge")].map((b) => b.textContent)).toEqual(["Mostly false"]);
    const first = await cardOf(fictional.slug, 1);
    expect([...first.doc.querySelectorAll("li .badge")].map((b) => b.textContent)).toEqual(["False"]);
    expect(first.doc.querySelector(".meta")?.textContent).toContain("version 1 of 2");
    expect((await oembedFor({ url: `${ORIGIN}/f/${fictional.slug}?version=1`, origin: ORIGIN }))!.html).toContain(
      `/embed/f/${fictional.slug}?version=1"`,
    );

    await unpublishArticle({ actor: editor, input: { articleId: fictional.articleId } });
    for (const version of [undefined, 1, 2]) {
      const { page, doc } = await cardOf(fictional.slug, version);
      expect(page.status).toBe(404);
      expect(doc.querySelector("h1")?.textContent).toBe("Fact-check not available");
      // The "not available" card may be framed too, so a partner's page says so instead of breaking.
      expect(page.csp).toContain("frame-ancestors *");
    }
    expect(await oembedFor({ url: `${ORIGIN}/f/${fictional.slug}`, origin: ORIGIN })).toBeNull();
  });
});
