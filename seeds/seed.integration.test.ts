import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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
      ["True", 6], ["Mostly true", 5], ["Half true", 4], ["Mostly false", 3], ["False", 2], ["Pants on fire", 1],
      ["Unverifiable", null], ["Not a factual claim", null],
    ]);
    const emails = (await db.user.findMany({ where: { disabled: false } })).map((u) => u.email).sort();
    expect(emails).toEqual(["admin@example.org", "editor2@example.org", "editor@example.org", "reviewer2@example.org", "reviewer@example.org"]);

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
    const approvedIds = article.claims.filter((c) => c.state === "APPROVED").map((c) => c.id).sort();
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
  it("refuses to update or delete publication rows and audit events", async () => {
    const publication = await db.publication.findFirstOrThrow();
    await expect(db.publication.update({ where: { id: publication.id }, data: { correctionNote: "sneaky" } })).rejects.toThrow(/immutable/);
    await expect(db.publication.delete({ where: { id: publication.id } })).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "Publication" CASCADE`)).rejects.toThrow(/immutable/);

    const event = await db.auditEvent.findFirstOrThrow();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } })).rejects.toThrow(/immutable/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/immutable/);
    expect((await db.publication.findUniqueOrThrow({ where: { id: publication.id } })).correctionNote).toBeNull();
  });
});
