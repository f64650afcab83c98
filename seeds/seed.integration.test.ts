import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActionResult } from "@/lib/errors";
import { seedDatabase, seedIfEmpty } from "./seed";
import { SAMPLE_ARTICLE } from "./sample-fact-check-data";

describe("seeding a fresh database", () => {
  it("without demo accounts (an external database): scale and published sample, no account can sign in", async () => {
    delete process.env.SEED_DEMO;
    expect(await seedIfEmpty()).toBe(true);
    expect(await db.user.count({ where: { disabled: false } })).toBe(0);
    expect(await db.article.count({ where: { publicationStatus: "PUBLISHED" } })).toBe(1);
    expect(await seedIfEmpty()).toBe(false);
  });

  it("with demo accounts: five accounts, and the sample fact-check as a fresh install shows it", async () => {
    await seedDatabase({ demo: true });

    const ratings = await db.rating.findMany({ orderBy: { position: "asc" } });
    expect(ratings.map((r) => [r.label, r.value])).toEqual([
      ["True", 6],
      ["Mostly true", 5],
      ["Half true", 4],
      ["Mostly false", 3],
      ["False", 2],
      ["Pants on fire", 1],
      ["Unverifiable", null],
      ["Not a factual claim", null],
    ]);
    const emails = (await db.user.findMany({ where: { disabled: false } })).map((u) => u.email).sort();
    expect(emails).toEqual([
      "admin@example.org",
      "editor2@example.org",
      "editor@example.org",
      "reviewer2@example.org",
      "reviewer@example.org",
    ]);

    const article = await db.article.findUniqueOrThrow({
      where: { slug: SAMPLE_ARTICLE.slug },
      include: { claims: { include: { claimant: true, verdict: true, sources: true } }, publications: true, currentRevision: true },
    });
    expect(article.publicationStatus).toBe("PUBLISHED");
    expect(article.publications).toHaveLength(1);
    const states = article.claims.map((c) => c.state);
    expect(states.filter((s) => s === "APPROVED").length).toBeGreaterThanOrEqual(2);
    expect(states).toContain("IN_REVIEW");
    expect(states).toContain("DRAFT");
    for (const claim of article.claims) {
      expect(article.currentRevision!.plainText.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.anchorExact);
      expect(claim.verdict?.ratingId).toBeTruthy();
      expect(claim.sources.length).toBeGreaterThan(0);
    }
    expect(new Set(article.claims.map((c) => c.claimant?.name))).toEqual(new Set(["Donald Trump", "Claudia Sheinbaum", "Fox News"]));

    // Only approved claims are frozen into the publication.
    const snapshot = article.publications[0]!.snapshot as { claims: { id: string }[] };
    const approvedIds = article.claims
      .filter((c) => c.state === "APPROVED")
      .map((c) => c.id)
      .sort();
    expect(snapshot.claims.map((c) => c.id).sort()).toEqual(approvedIds);

    // Running it again changes nothing.
    const users = await db.user.count();
    await seedDatabase({ demo: true });
    expect(await db.claim.count()).toBe(article.claims.length);
    expect(await db.publication.count()).toBe(1);
    expect(await db.user.count()).toBe(users);
  });
});

describe("database-level immutability", () => {
  const refusal = async (work: Promise<unknown>) =>
    toActionResult(
      await work.then(
        () => null,
        (error: unknown) => error,
      ),
    );

  it("lets the app's role add publications and audit events but never change, delete or unprotect them", async () => {
    const publication = await db.publication.findFirstOrThrow();
    const event = await db.auditEvent.findFirstOrThrow();
    const revision = await db.articleRevision.findFirstOrThrow();
    for (const attempt of [
      db.articleRevision.update({ where: { id: revision.id }, data: { plainText: "rewritten" } }),
      db.articleRevision.deleteMany({}),
      db.publication.update({ where: { id: publication.id }, data: { correctionNote: "sneaky" } }),
      db.publication.delete({ where: { id: publication.id } }),
      db.$executeRawUnsafe(`TRUNCATE "Publication" CASCADE`),
      db.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } }),
      db.auditEvent.deleteMany({}),
    ]) {
      // A clear domain error, not "something went wrong".
      expect(await refusal(attempt)).toMatchObject({
        ok: false,
        code: "INVALID_STATE",
        message: expect.stringContaining("cannot be changed"),
      });
    }
    // The ways around the triggers that a superuser or owner has are closed to the app.
    for (const sql of [
      "SET session_replication_role = replica",
      `ALTER TABLE "Publication" DISABLE TRIGGER "Publication_immutable"`,
      `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`,
      `ALTER TABLE "AuditEvent" OWNER TO CURRENT_USER`,
    ]) {
      await expect(db.$executeRawUnsafe(sql), sql).rejects.toThrow();
    }
    expect((await db.publication.findUniqueOrThrow({ where: { id: publication.id } })).correctionNote).toBeNull();
    expect(await db.auditEvent.count({ where: { id: event.id, action: event.action } })).toBe(1);
  });

  it("still refuses changes by the tables' owner through the triggers (honest mistakes)", async () => {
    const owner = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE "Publication" SET "correctionNote" = 'sneaky'`)).rejects.toThrow(/immutable/);
      await expect(owner.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/immutable/);
      await expect(owner.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/immutable/);
      await expect(owner.query(`UPDATE "ArticleRevision" SET "plainText" = 'rewritten'`)).rejects.toThrow(/immutable/);
    } finally {
      await owner.end();
    }
  });
});
