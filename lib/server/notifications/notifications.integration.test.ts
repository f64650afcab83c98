// Every kind of notification, through the use-cases that cause it, against a real Postgres:
// who is told, what they are told, and that the actor, settings and repeats are respected.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions";
import { addSource } from "@/lib/server/claims/add-source";
import { createClaim } from "@/lib/server/claims/create-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { approveClaim } from "@/lib/server/reviews/approve-claim";
import { requestChanges } from "@/lib/server/reviews/request-changes";
import { actorFor } from "@/lib/testing/actors";
import { reviewInput } from "@/lib/testing/review-input";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { countUnreadNotifications, listMyNotifications, markAllNotificationsRead, openNotification } from "./my-notifications";
import { getNotificationSettings, saveNotificationSettings } from "./notification-settings";

const a: Record<string, Actor> = {};
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org", "editor2@example.org", "reviewer@example.org", "reviewer2@example.org"])
    a[email.split("@")[0]!] = await actorFor(email);
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

const version = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const received = (who: Actor, kind: NotificationKind, claimId?: string) =>
  db.notification.findMany({ where: { userId: who.id, kind, ...(claimId ? { claimId } : {}) }, orderBy: { createdAt: "asc" } });

/** A complete claim by `author` on the sample article, ready to submit. */
async function completeClaim(author: Actor, quote: string) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  const start = revision.plainText.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  const claim = await createClaim({ actor: author, input: { articleId, start, end: start + quote.length } });
  const claimant = await db.claimant.findFirstOrThrow();
  const rating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
  const explanation = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The record says otherwise." }] }] };
  await updateClaim({ actor: author, input: { claimId: claim.id, version: 1, claimantId: claimant.id, ratingId: rating.id, explanation } });
  await addSource({ actor: author, input: { claimId: claim.id, version: await version(claim.id), title: "Federal Register" } });
  return claim.id;
}

describe("notifications of the claim workflow", () => {
  it("tells the assignee, the mentioned, and the claim's people of review decisions and publication — never the actor", async () => {
    const claimId = await completeClaim(a.editor!, "Speaking to reporters on Air Force One");

    // Assigned: the new assignee hears of it; assigning oneself tells nobody.
    await updateClaim({ actor: a.editor!, input: { claimId, version: await version(claimId), assigneeId: a.editor!.id } });
    expect(await received(a.editor!, "ASSIGNED", claimId)).toHaveLength(0);
    await updateClaim({ actor: a.editor!, input: { claimId, version: await version(claimId), assigneeId: a.editor2!.id } });
    const [assigned] = await received(a.editor2!, "ASSIGNED", claimId);
    expect(assigned).toMatchObject({ actorId: a.editor!.id, articleId, readAt: null, emailState: null });
    expect(assigned!.message).toMatch(/^Elena Editor assigned you the claim “Speaking to reporters on Air Force One/);

    // Mentioned: each person named, once, and the comment's mention data is kept.
    await addComment({ actor: a.reviewer!, input: { claimId, body: "@editor @editor which table? @reviewer (myself)" } });
    const mentions = await received(a.editor!, "MENTIONED", claimId);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.message).toContain("Rita Reviewer mentioned you on");
    expect(mentions[0]!.message).toContain("which table?");
    expect(await received(a.reviewer!, "MENTIONED")).toHaveLength(0);
    expect(await db.commentMention.count({ where: { userId: a.editor!.id } })).toBe(1);

    // Changes requested: creator/author and assignee, with the reason; not the reviewer.
    await submitClaim({ actor: a.editor!, input: { claimId, version: await version(claimId) } });
    await requestChanges({ actor: a.reviewer!, input: { ...(await reviewInput(claimId)), reason: "Name the exact table." } });
    for (const who of [a.editor!, a.editor2!]) {
      const [notice] = await received(who, "CHANGES_REQUESTED", claimId);
      expect(notice!.message).toMatch(/^Rita Reviewer requested changes to “.*”: Name the exact table\.$/);
    }
    expect(await received(a.editor!, "CHANGES_REQUESTED", claimId)).toHaveLength(1);
    expect(await db.notification.count({ where: { kind: "CHANGES_REQUESTED", userId: a.reviewer!.id } })).toBe(0);

    // Approved: the same people, when the claim is approved.
    await submitClaim({ actor: a.editor!, input: { claimId, version: await version(claimId) } });
    await approveClaim({ actor: a.reviewer2!, input: await reviewInput(claimId) });
    expect(await received(a.editor!, "APPROVED", claimId)).toHaveLength(1);
    expect((await received(a.editor2!, "APPROVED", claimId))[0]!.message).toMatch(/^Ravi Reviewer approved “/);
    expect(await db.notification.count({ where: { kind: "APPROVED", userId: a.reviewer2!.id } })).toBe(0);

    // Published: the people of the published claims, except whoever published.
    const published = await publishArticle({ actor: a.editor!, input: { articleId } });
    const [notice] = await received(a.editor2!, "PUBLISHED");
    expect(notice).toMatchObject({ articleId, claimId: null });
    expect(notice!.message).toContain(`(version ${published.version})`);
    expect(await received(a.editor!, "PUBLISHED")).toHaveLength(0);
  });

  it("waits for every required approval before telling anyone the claim is approved", async () => {
    await db.publisherProfile.update({ where: { id: 1 }, data: { requiredApprovals: 2 } });
    try {
      const claimId = await completeClaim(a.editor2!, "the United States");
      await submitClaim({ actor: a.editor2!, input: { claimId, version: await version(claimId) } });
      await approveClaim({ actor: a.reviewer!, input: await reviewInput(claimId) });
      expect(await received(a.editor2!, "APPROVED", claimId)).toHaveLength(0);
      await approveClaim({ actor: a.reviewer2!, input: await reviewInput(claimId) });
      expect(await received(a.editor2!, "APPROVED", claimId)).toHaveLength(1);
    } finally {
      await db.publisherProfile.update({ where: { id: 1 }, data: { requiredApprovals: 1 } });
    }
  });
});

describe("notification settings", () => {
  const allOn = () =>
    ["ASSIGNED", "MENTIONED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "DUE_SOON"].map((kind) => ({ kind, inApp: true, email: true }));
  const claimOf = async () => (await db.claim.findFirstOrThrow({ where: { articleId, deletedAt: null, state: { not: "APPROVED" } } })).id;

  it("sends nothing of a kind turned off in the app and by email", async () => {
    const settings = allOn().map((row) => (row.kind === "MENTIONED" ? { ...row, inApp: false, email: false } : row));
    await saveNotificationSettings({ actor: a.reviewer2!, input: { settings } });
    expect((await getNotificationSettings({ actor: a.reviewer2! })).settings.find((s) => s.kind === "MENTIONED")).toMatchObject({
      inApp: false,
      email: false,
    });
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    await addComment({ actor: a.editor!, input: { claimId: await claimOf(), body: "@reviewer2 a look?" } });
    expect(await received(a.reviewer2!, "MENTIONED")).toHaveLength(0);
  });

  it("emails but does not show a kind turned off in the app; queues no email when email is off or SMTP_URL unset", async () => {
    const claimId = await claimOf();
    const settings = allOn().map((row) => (row.kind === "MENTIONED" ? { ...row, inApp: false } : row));
    await saveNotificationSettings({ actor: a.reviewer2!, input: { settings } });
    const before = await countUnreadNotifications({ actor: a.reviewer2! });
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    await addComment({ actor: a.editor!, input: { claimId, body: "@reviewer2 by email only" } });
    const [emailOnly] = await received(a.reviewer2!, "MENTIONED");
    expect(emailOnly).toMatchObject({ emailState: "PENDING", readAt: expect.any(Date) });
    expect(await countUnreadNotifications({ actor: a.reviewer2! })).toBe(before);
    expect((await listMyNotifications({ actor: a.reviewer2!, input: {} })).notifications.map((n) => n.id)).not.toContain(emailOnly!.id);

    // Email off: shown, not emailed. SMTP_URL unset: shown, not emailed, no error.
    await saveNotificationSettings({ actor: a.reviewer2!, input: { settings: allOn().map((row) => ({ ...row, email: false })) } });
    await addComment({ actor: a.editor!, input: { claimId, body: "@reviewer2 in the app only" } });
    delete process.env.SMTP_URL;
    await saveNotificationSettings({ actor: a.reviewer2!, input: { settings: allOn() } });
    await addComment({ actor: a.editor!, input: { claimId, body: "@reviewer2 no mail server" } });
    const shown = await received(a.reviewer2!, "MENTIONED");
    expect(shown.slice(1).map((n) => [n.emailState, n.readAt])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(await countUnreadNotifications({ actor: a.reviewer2! })).toBe(before + 2);
  });

  it("refuses settings that leave a kind out, and anyone signed out", async () => {
    await expect(saveNotificationSettings({ actor: a.editor!, input: { settings: allOn().slice(1) } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(getNotificationSettings({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the Notifications page's use-cases", () => {
  it("lists newest first, opens one (marking it read, leading to the claim) and marks all read", async () => {
    const page = await listMyNotifications({ actor: a.editor2!, input: {} });
    const times = page.notifications.map((n) => n.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const unread = await countUnreadNotifications({ actor: a.editor2! });
    expect(unread).toBeGreaterThanOrEqual(3);
    const assigned = page.notifications.find((n) => n.kind === "ASSIGNED")!;
    expect(assigned).toMatchObject({ unread: true, actor: "Elena Editor" });
    const row = await db.notification.findUniqueOrThrow({ where: { id: assigned.id } });
    expect(await openNotification({ actor: a.editor2!, input: { notificationId: assigned.id } })).toBe(
      `/articles/${row.articleId}?claim=${row.claimId}`,
    );
    expect(await countUnreadNotifications({ actor: a.editor2! })).toBe(unread - 1);
    // Somebody else's notification is not there to open.
    await expect(openNotification({ actor: a.editor!, input: { notificationId: assigned.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // What arrives after the page was shown stays unread.
    const seenAt = new Date().toISOString();
    await addComment({ actor: a.editor!, input: { claimId: row.claimId!, body: "@editor2 one more thing" } });
    expect(await markAllNotificationsRead({ actor: a.editor2!, input: { seenAt } })).toEqual({ marked: unread - 1 });
    expect(await countUnreadNotifications({ actor: a.editor2! })).toBe(1);
    expect(await markAllNotificationsRead({ actor: a.editor2!, input: { seenAt: new Date().toISOString() } })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications({ actor: a.editor2! })).toBe(0);
    expect(await countUnreadNotifications({ actor: a.editor! })).toBeGreaterThan(0);
  });

  it("pages older notifications", async () => {
    await db.notification.createMany({
      data: Array.from({ length: 35 }, (_, i) => ({
        userId: a.admin!.id,
        kind: "PUBLISHED" as const,
        message: `Old ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = await listMyNotifications({ actor: a.admin!, input: { page: "1" } });
    expect(first).toMatchObject({ hasOlder: true });
    expect(first.notifications).toHaveLength(30);
    expect(first.notifications[0]!.message).toBe("Old 34");
    const second = await listMyNotifications({ actor: a.admin!, input: { page: "2" } });
    expect(second.hasOlder).toBe(false);
    expect(second.notifications.map((n) => n.message)).toEqual(["Old 4", "Old 3", "Old 2", "Old 1", "Old 0"]);
  });
});
