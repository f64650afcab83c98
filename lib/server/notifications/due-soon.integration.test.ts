// Claims due soon: announced once per due date to the assignee (or the creator), however many
// rounds run and even when two run at the same moment; never for deleted or published claims.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { notifyDueSoon } from "./due-soon";

const a: Record<string, Actor> = {};
const HOUR = 3_600_000;
let claims: { id: string; createdById: string }[];

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "editor2@example.org"]) a[email.split("@")[0]!] = await actorFor(email);
  // The sample's claims (published ones among them) plus two drafts of the desk's own.
  const sample = await db.claim.findFirstOrThrow({ where: { deletedAt: null } });
  const copy = (text: string) =>
    db.claim.create({
      data: {
        ...{
          articleId: sample.articleId,
          revisionId: sample.revisionId,
          anchorExact: "x",
          anchorPrefix: "",
          anchorSuffix: "",
          anchorStart: 0,
          anchorEnd: 1,
        },
        text,
        createdById: a.editor!.id,
        verdict: { create: { authorId: a.editor!.id } },
      },
    });
  claims = [await copy("Due draft one."), await copy("Due draft two.")];
});

const dueSoon = (claimId: string) => db.notification.findMany({ where: { kind: "DUE_SOON", claimId } });

describe("due-soon reminders", () => {
  it("tells the assignee once per due date, even when two rounds race", async () => {
    const [claim] = claims;
    const dueAt = new Date(Date.now() + 5 * HOUR);
    await db.claim.update({ where: { id: claim!.id }, data: { dueAt, assigneeId: a.editor2!.id } });
    await Promise.all([notifyDueSoon(), notifyDueSoon(), notifyDueSoon()]);
    await notifyDueSoon();
    const notices = await dueSoon(claim!.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ userId: a.editor2!.id, actorId: null, readAt: null });
    expect(notices[0]!.message).toMatch(/^The claim “Due draft one\.” is due .* UTC\.$/);

    // A new due date is a new reminder.
    await db.claim.update({ where: { id: claim!.id }, data: { dueAt: new Date(dueAt.getTime() + HOUR) } });
    await notifyDueSoon();
    expect(await dueSoon(claim!.id)).toHaveLength(2);
  });

  it("tells the creator when nobody is assigned, and nobody before the last day", async () => {
    const [, claim] = claims;
    await db.claim.update({ where: { id: claim!.id }, data: { dueAt: new Date(Date.now() + 30 * HOUR) } });
    await notifyDueSoon();
    expect(await dueSoon(claim!.id)).toHaveLength(0);
    // A day later (the round's own clock), the same due date is within 24 hours.
    await notifyDueSoon(new Date(Date.now() + 7 * HOUR));
    expect((await dueSoon(claim!.id)).map((n) => n.userId)).toEqual([a.editor!.id]);
  });

  it("ignores overdue, deleted and published claims", async () => {
    const published = await db.publishedClaim.findFirstOrThrow();
    await db.claim.update({ where: { id: published.claimId }, data: { dueAt: new Date(Date.now() + HOUR) } });
    const [deleted] = claims;
    await db.claim.update({
      where: { id: deleted!.id },
      data: { dueAt: new Date(Date.now() + 2 * HOUR), state: "DELETED", deletedAt: new Date() },
    });
    const before = await db.notification.count({ where: { kind: "DUE_SOON" } });
    await notifyDueSoon();
    await notifyDueSoon(new Date(Date.now() + 3 * HOUR)); // overdue by then
    expect(await db.notification.count({ where: { kind: "DUE_SOON" } })).toBe(before);
    expect(await dueSoon(published.claimId)).toHaveLength(0);
  });
});
