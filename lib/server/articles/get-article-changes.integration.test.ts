// "What changed" against a real Postgres: a second revision of the seeded sample article (written
// directly, as the new-version use-cases will), the desk's comparison of any two revisions, and the
// public side — the reader page's notice and the change log — with their cache forgotten on demand.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { forgetFactCheck } from "@/lib/server/publications/forget-pages";
import { changeLogPage, readerPage } from "@/lib/server/publications/render-public-pages";
import { unpublishArticle } from "@/lib/server/publications/unpublish-article";
import { actorFor } from "@/lib/testing/actors";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";
import { getArticleChanges } from "./get-article-changes";

const ORIGIN = "https://checks.example.org";
const CHANGED_AT = new Date("2026-11-26T10:00:00Z");
const slug = SAMPLE_ARTICLE.slug;
let editor: Actor;
let articleId: string;

/** A new current revision of the sample article with `edit` applied to the current text. */
async function addRevision(edit: (text: string) => string, createdAt: Date) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { currentRevision: true } });
  const previous = article.currentRevision!;
  const number = previous.number + 1;
  const revision = await db.articleRevision.create({
    data: { ...previous, id: undefined, number, plainText: edit(previous.plainText), contentHash: `test-${number}`, createdAt },
  });
  await db.article.update({ where: { id: articleId }, data: { currentRevisionId: revision.id } });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { code: error.code, fields: error.fieldErrors } : { code: String(error) }),
  );

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  articleId = (await db.article.findUniqueOrThrow({ where: { slug } })).id;
});

describe("what changed in an article", () => {
  it("has nothing to compare while the article has one revision, and the public pages say nothing changed", async () => {
    const changes = await getArticleChanges({ actor: editor, input: { articleId } });
    expect(changes.comparison).toBeNull();
    expect(changes.revisions.map((revision) => revision.number)).toEqual([1]);
    expect(changes.revisions[0]).toMatchObject({ format: "TEXT", importedBy: expect.any(String) });

    const reader = await readerPage(slug, undefined, ORIGIN);
    expect(reader.html).not.toContain("See what changed");
    const log = await changeLogPage(slug, undefined, ORIGIN);
    expect(log.status).toBe(200);
    expect(log.html).toContain("The article has not changed since.");
  });

  it("compares the previous and the current revision once a second one exists, and the public pages follow when told", async () => {
    await addRevision(
      (text) =>
        text
          .replace("President Donald Trump said Sunday", "President Donald Trump said on Sunday")
          .replace(" And I think she’s a lovely woman.", ""),
      CHANGED_AT,
    );

    const changes = await getArticleChanges({ actor: editor, input: { articleId } });
    expect(changes.article.currentRevision).toBe(2);
    const comparison = changes.comparison!;
    expect([comparison.from.number, comparison.to.number]).toEqual([1, 2]);
    expect(comparison.to.createdAt).toEqual(CHANGED_AT);
    expect(comparison.precision).toBe("word");
    expect(comparison.log).toMatchObject({ changes: 2, wordsInserted: 1, wordsDeleted: 7, omittedChanges: 0 });
    const shown = comparison.log.hunks.flatMap((hunk) => hunk.segments.filter((segment) => segment.kind !== "same"));
    expect(shown.map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ["added", "on"],
      ["removed", "And I think she’s a lovely woman."],
    ]);

    // Cached pages stay as they were until the new revision's writer forgets them.
    expect((await readerPage(slug, undefined, ORIGIN)).html).not.toContain("See what changed");
    await forgetFactCheck(slug);
    const reader = (await readerPage(slug, undefined, ORIGIN)).html;
    expect(reader).toContain(
      'The article was changed on <time datetime="2026-11-26T10:00:00.000Z">26 November 2026</time>, after this fact-check was published. <a href="/f/trump-sheinbaum-us-troops-mexico/changes">See what changed</a>.',
    );
    const log = await changeLogPage(slug, undefined, ORIGIN);
    expect(log.status).toBe(200);
    expect(log.csp).toContain("script-src 'self'");
    expect(log.html).toContain("The article was changed on <time");
    expect(log.html).toContain('<p class="change-summary">1 word inserted, 7 deleted in 2 places.</p>');
    expect(log.html).toContain('<ins><span class="visually-hidden">[inserted: </span>on');
    expect(log.html).toContain('<del><span class="visually-hidden">[deleted: </span>');
    expect(log.html).not.toContain("editor@example.org");
  });

  it("compares any two revisions, older first, and refuses revisions the article does not have on their field", async () => {
    await addRevision((text) => `${text}\n\nUpdated: a correction was appended.`, new Date("2026-11-27T10:00:00Z"));
    const latest = await getArticleChanges({ actor: editor, input: { articleId } });
    expect([latest.comparison!.from.number, latest.comparison!.to.number]).toEqual([2, 3]);
    expect(latest.comparison!.log.wordsInserted).toBe(5);

    const swapped = await getArticleChanges({ actor: editor, input: { articleId, from: "3", to: "1" } });
    expect([swapped.comparison!.from.number, swapped.comparison!.to.number]).toEqual([1, 3]);
    expect(swapped.comparison!.log).toMatchObject({ wordsInserted: 6, wordsDeleted: 7 });
    expect((await getArticleChanges({ actor: editor, input: { articleId, to: 2 } })).comparison!.from.number).toBe(1);

    expect(await refusal(getArticleChanges({ actor: editor, input: { articleId, from: "7" } }))).toEqual({
      code: "INVALID_INPUT",
      fields: { from: ["There is no revision 7: this article has revisions 1 to 3."] },
    });
    expect(await refusal(getArticleChanges({ actor: editor, input: { articleId, from: "2", to: "2" } }))).toMatchObject({
      code: "INVALID_INPUT",
      fields: { to: ["Choose two different revisions to compare."] },
    });
    expect(await refusal(getArticleChanges({ actor: editor, input: { articleId, from: "two" } }))).toMatchObject({
      code: "INVALID_INPUT",
      fields: { from: [expect.any(String)] },
    });
    expect(await refusal(getArticleChanges({ actor: editor, input: { articleId: "cnosuchrecord000000000000" } }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(getArticleChanges({ actor: null, input: { articleId } }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("answers the reader's 'not found' for an unknown or unpublished fact-check", async () => {
    await forgetFactCheck(slug);
    expect((await readerPage(slug, undefined, ORIGIN)).html).toContain("The article was last changed on");
    const unknown = await changeLogPage("no-such-fact-check", undefined, ORIGIN);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain("Page not found");
    expect((await changeLogPage(slug, 9, ORIGIN)).status).toBe(404);

    await unpublishArticle({ actor: editor, input: { articleId } });
    const gone = await changeLogPage(slug, undefined, ORIGIN);
    expect(gone.status).toBe(404);
    expect(gone.html).toContain("Page not found");
  });
});
