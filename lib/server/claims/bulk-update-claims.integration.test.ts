// Bulk actions on a real Postgres: each claim done or refused with its reason, stale selections
// refused, four eyes kept, permissions per action, and nothing half-done when something breaks.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { bulkUpdateArticles } from "./bulk-update-articles";
import { bulkUpdateClaims } from "./bulk-update-claims";
import { submitClaim } from "./submit-claim";
import { updateClaim } from "./update-claim";

const a: Record<string, Actor> = {};
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org", "reviewer@example.org"]) a[email.split("@")[0]!] = await actorFor(email);
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

async function owner(sql: string) {
  const client = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const claims = () => db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: { anchorStart: "asc" } });
const seen = (list: { id: string; version: number }[]) => list.map((c) => ({ claimId: c.id, version: c.version }));

describe("bulk assign", () => {
  it("assigns every selected claim, notifies the assignee, and refuses a claim changed since it was selected", async () => {
    const before = await claims();
    const selection = seen(before);
    // Someone saves the first claim after the list was shown.
    await updateClaim({ actor: a.editor!, input: { claimId: before[0]!.id, version: before[0]!.version, tags: ["border"] } });
    const outcome = await bulkUpdateClaims({
      actor: a.editor!,
      input: { claims: selection, action: { kind: "assign", assigneeId: a.reviewer!.id } },
    });
    expect(outcome.assigneeName).toBe("Rita Reviewer");
    expect(outcome.refused).toEqual([
      expect.objectContaining({ claimId: before[0]!.id, reason: expect.stringMatching(/changed since you selected it/) }),
    ]);
    expect(outcome.done).toHaveLength(before.length - 1);
    const after = await claims();
    expect(after[0]!.assigneeId).toBeNull();
    expect(after.slice(1).every((c) => c.assigneeId === a.reviewer!.id)).toBe(true);
    // Plain edits: every state stays, every version moved by one.
    expect(after.slice(1).map((c) => c.state)).toEqual(before.slice(1).map((c) => c.state));
    expect(after.slice(1).map((c) => c.version)).toEqual(before.slice(1).map((c) => c.version + 1));
    const notices = await db.notification.findMany({ where: { userId: a.reviewer!.id, kind: "ASSIGNED" } });
    expect(notices).toHaveLength(before.length - 1);
    expect(notices[0]!.message).toMatch(/^Elena Editor assigned you the claim “/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: before[1]!.id, action: "update" }, orderBy: { id: "desc" } });
    expect(event.changes).toMatchObject({ assignee: { before: null, after: "Rita Reviewer" } });
  });

  it("refuses an assignee who is not on the desk, reviewers (who cannot edit) and strangers", async () => {
    const selection = seen(await claims());
    const action = { kind: "assign", assigneeId: "cnotapersonatall000000000" };
    await expect(bulkUpdateClaims({ actor: a.editor!, input: { claims: selection, action } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const toRita = { kind: "assign", assigneeId: a.reviewer!.id };
    await expect(bulkUpdateClaims({ actor: a.reviewer!, input: { claims: selection, action: toRita } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(bulkUpdateClaims({ actor: null, input: { claims: selection, action: toRita } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const approve = { kind: "state", transition: "approve" };
    await expect(bulkUpdateClaims({ actor: a.editor!, input: { claims: selection, action: approve } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(bulkUpdateClaims({ actor: a.editor!, input: { claims: [], action: toRita } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("bulk state changes", () => {
  it("moves only the claims the workflow allows, giving each refused claim its reason", async () => {
    const before = await claims();
    const outcome = await bulkUpdateClaims({
      actor: a.editor!,
      input: { claims: seen(before), action: { kind: "state", transition: "submit" } },
    });
    const reasons = new Map(outcome.refused.map((r) => [r.claimId, r.reason]));
    // The sample's draft is complete: it goes to review; every other claim is refused, with why.
    expect(outcome.done.map((d) => d.claimId)).toEqual(before.filter((c) => c.state === "DRAFT").map((c) => c.id));
    for (const claim of before.filter((c) => c.state === "APPROVED"))
      expect(reasons.get(claim.id)).toBe("A claim that is approved cannot be submitted for review.");
    for (const claim of before.filter((c) => c.state === "IN_REVIEW"))
      expect(reasons.get(claim.id)).toBe("A claim that is in review cannot be submitted for review.");
  });

  it("keeps four eyes: a reviewer approves what others wrote and is refused what they edited", async () => {
    const [approved] = await claims();
    // The admin edits the public content of an approved claim (back to draft, admin now a contributor).
    const edited = await updateClaim({
      actor: a.admin!,
      input: { claimId: approved!.id, version: approved!.version, summary: "Edited by the admin." },
    });
    expect(edited.state).toBe("DRAFT");
    await submitClaim({ actor: a.editor!, input: { claimId: approved!.id, version: edited.version } });
    const inReview = await db.claim.findMany({ where: { articleId, state: "IN_REVIEW" }, orderBy: { anchorStart: "asc" } });
    const outcome = await bulkUpdateClaims({
      actor: a.admin!,
      input: { claims: seen(inReview), action: { kind: "state", transition: "approve" } },
    });
    expect(outcome.refused).toEqual([expect.objectContaining({ claimId: approved!.id, reason: expect.stringMatching(/four eyes/) })]);
    expect(outcome.done).toHaveLength(inReview.length - 1);
    const states = await db.claim.findMany({ where: { id: { in: inReview.map((c) => c.id) } }, select: { id: true, state: true } });
    for (const claim of states) expect(claim.state).toBe(claim.id === approved!.id ? "IN_REVIEW" : "APPROVED");
    expect(await db.review.count({ where: { reviewerId: a.admin!.id, claimId: approved!.id } })).toBe(0);
  });
});

describe("all or nothing", () => {
  it("rolls every claim back when one write fails unexpectedly", async () => {
    const list = await claims();
    const victim = list[2]!.id;
    // A database failure on the third claim's write, as a broken disk or a bug would cause.
    // The app's role may not create triggers: the database's owner does.
    await owner(`CREATE FUNCTION bulk_test_fail() RETURNS trigger AS $$ BEGIN
      IF NEW.id = '${victim}' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await owner(`CREATE TRIGGER bulk_test_fail BEFORE UPDATE ON "Claim" FOR EACH ROW EXECUTE FUNCTION bulk_test_fail()`);
    const events = await db.auditEvent.count();
    try {
      await expect(
        bulkUpdateClaims({ actor: a.editor!, input: { claims: seen(list), action: { kind: "priority", priority: "URGENT" } } }),
      ).rejects.toThrow();
    } finally {
      await owner(`DROP TRIGGER bulk_test_fail ON "Claim"`);
      await owner(`DROP FUNCTION bulk_test_fail()`);
    }
    const after = await claims();
    expect(after.map((c) => [c.priority, c.version])).toEqual(list.map((c) => [c.priority, c.version]));
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("applies an action to every live claim of the selected articles", async () => {
    const outcome = await bulkUpdateArticles({
      actor: a.editor!,
      input: { articleIds: [articleId], action: { kind: "due", dueAt: "2026-12-01" } },
    });
    expect(outcome.refused).toEqual([]);
    expect((await claims()).map((c) => c.dueAt?.toISOString())).toEqual((await claims()).map(() => "2026-12-01T00:00:00.000Z"));
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "update" }, orderBy: { id: "desc" } });
    expect(event.changes).toMatchObject({ dueAt: { before: null, after: "2026-12-01" } });
  });
});
