// Live co-annotation on a real Postgres: a claim change made through the use-cases reaches an
// article's subscribers through NOTIFY (with who made it), only at commit, and presence follows
// live connections.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { createClaim } from "../claims/create-claim";
import { deleteClaim } from "../claims/delete-claim";
import { updateClaim } from "../claims/update-claim";
import { checkSessionsNow, type LiveEvent, subscribeArticle } from "./article-hub";
import { MAX_CONNECTIONS_PER_PERSON, openArticleLive } from "./open-article-live";

let editor: Actor;
let articleId: string;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

/** Collects an article's events; `next(match)` waits (up to 2 s) for the first matching one. */
async function watch(id: string) {
  const events: LiveEvent[] = [];
  const waiting: { match: (event: LiveEvent) => boolean; resolve: (event: LiveEvent) => void }[] = [];
  const stop = await subscribeArticle(id, {
    connectionId: `test-${Math.random()}`,
    userId: "test",
    sessionId: null,
    close: () => undefined,
    send: (event) => {
      events.push(event);
      for (const wait of [...waiting]) {
        if (!wait.match(event)) continue;
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(event);
      }
    },
  });
  const next = (match: (event: LiveEvent) => boolean) =>
    new Promise<LiveEvent>((resolve, reject) => {
      const seen = events.find(match);
      if (seen) return resolve(seen);
      waiting.push({ match, resolve });
      setTimeout(() => reject(new Error(`no matching event; got ${JSON.stringify(events)}`)), 2_000);
    });
  return { events, next, stop };
}

describe("live claim changes", () => {
  it("tells the article's subscribers of a new, changed and deleted claim, with who did it", async () => {
    const live = await watch(articleId);
    const claim = await createClaim({ actor: editor, input: { articleId, start: 0, end: 20 } });
    expect(await live.next((e) => e.type === "claim" && e.claimId === claim.id)).toMatchObject({
      version: 1,
      deleted: false,
      actorId: editor.id,
      actorName: "Elena Editor",
    });
    const updated = await updateClaim({ actor: editor, input: { claimId: claim.id, version: 1, text: "A changed claim." } });
    expect(await live.next((e) => e.type === "claim" && e.claimId === claim.id && e.version === updated.version)).toMatchObject({
      deleted: false,
    });
    await deleteClaim({ actor: editor, input: { claimId: claim.id, version: updated.version } });
    await live.next((e) => e.type === "claim" && e.claimId === claim.id && e.deleted);
    live.stop();
  });

  it("says nothing of a change that was rolled back, and nothing to another article's subscribers", async () => {
    const elsewhere = await watch("canotherarticle000000000");
    const live = await watch(articleId);
    const claim = await createClaim({ actor: editor, input: { articleId, start: 30, end: 50 } });
    await live.next((e) => e.type === "claim" && e.claimId === claim.id);
    await db
      .$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claim.id }, data: { text: "never saved", version: { increment: 1 } } });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.events.filter((e) => e.type === "claim" && e.claimId === claim.id)).toHaveLength(1);
    expect(elsewhere.events.filter((e) => e.type === "claim")).toHaveLength(0);
    live.stop();
    elsewhere.stop();
  });
});

describe("presence", () => {
  it("lists who has the article open while their connection lasts", async () => {
    const live = await watch(articleId);
    const reviewer = await actorFor("reviewer@example.org");
    const open = await openArticleLive({ actor: reviewer, input: { articleId } });
    const abort = new AbortController();
    const reader = open(abort.signal).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("retry:");
    await live.next((e) => e.type === "presence" && e.people.some((person) => person.name === "Rita Reviewer"));
    abort.abort();
    await live.next((e) => e.type === "presence" && !e.people.some((person) => person.name === "Rita Reviewer"));
    expect(await db.articlePresence.count({ where: { articleId } })).toBe(0);
    live.stop();
  });

  it("leaves no one present when the browser went away while the connection was being set up", async () => {
    const reviewer = await actorFor("reviewer@example.org");
    const open = await openArticleLive({ actor: reviewer, input: { articleId } });
    for (const wait of [0, 1, 5, 20]) {
      const abort = new AbortController();
      const reader = open(abort.signal).getReader();
      setTimeout(() => abort.abort(), wait);
      await reader.read().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.articlePresence.count({ where: { articleId } })).toBe(0);
  });

  it("ends a connection whose session was signed out, and caps one person's connections", async () => {
    const reviewer = await actorFor("reviewer@example.org");
    const session = await db.session.create({ data: { userId: reviewer.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const open = await openArticleLive({ actor: reviewer, input: { articleId } });
    const reader = open(undefined, session.id).getReader();
    await reader.read();
    await checkSessionsNow();
    await db.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await checkSessionsNow();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);

    const streams = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_PERSON; i++) {
      const stream = (await openArticleLive({ actor: reviewer, input: { articleId } }))(undefined, session.id).getReader();
      await stream.read();
      streams.push(stream);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(openArticleLive({ actor: reviewer, input: { articleId } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await Promise.all(streams.map((stream) => stream.cancel()));
    await expect(openArticleLive({ actor: reviewer, input: { articleId } })).resolves.toBeTypeOf("function");
  });

  it("refuses someone without an account and an unknown article", async () => {
    await expect(openArticleLive({ actor: null, input: { articleId } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(openArticleLive({ actor: editor, input: { articleId: "cnotanarticle0000000000" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
