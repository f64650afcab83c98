import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { createClaimant, searchClaimants } from "@/lib/server/claimants/find-or-create-claimant";
import { seedDatabase } from "@/seeds/seed";
import { addSource } from "./add-source";

const actors: Record<string, Actor> = {};
beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "reviewer@example.org"]) {
    actors[email] = await actorFor(email);
  }
});
const editor = () => actors["editor@example.org"]!;

describe("sources", () => {
  it("adds a source to an approved claim, which returns it to draft and voids the approval", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { state: "APPROVED" }, include: { sources: true } });
    const result = await addSource({
      actor: editor(),
      input: {
        claimId: claim.id,
        version: claim.version,
        url: "https://www.federalregister.gov/d/2025-02089",
        title: "EO 14167",
        kind: "PRIMARY",
        accessedAt: "2025-05-16",
        archiveUrl: "",
      },
    });
    expect(result).toMatchObject({
      state: "DRAFT",
      version: claim.version + 1,
      source: { position: claim.sources.length, kind: "PRIMARY", archiveUrl: null },
    });
    expect(await db.review.count({ where: { claimId: claim.id, voided: false } })).toBe(0);
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id }, include: { contributors: true } });
    expect(verdict.contributors.map((c) => c.id)).toContain(editor().id);
  });

  it("refuses a source without a title or with a bad address, a stale version and reviewers", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { state: "IN_REVIEW" } });
    await expect(
      addSource({ actor: editor(), input: { claimId: claim.id, version: claim.version, title: "", url: "nope" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { title: ["Give the source a title."], url: ["Enter a full web address."] },
    });
    await expect(
      addSource({ actor: editor(), input: { claimId: claim.id, version: claim.version + 5, title: "T" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      addSource({ actor: actors["reviewer@example.org"]!, input: { claimId: claim.id, version: claim.version, title: "T" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe("IN_REVIEW");
  });
});

describe("claimants", () => {
  it("finds existing claimants and creates new ones with title and sameAs, once", async () => {
    expect((await searchClaimants({ actor: editor(), input: { query: "sheIN" } })).map((c) => c.name)).toEqual(["Claudia Sheinbaum"]);
    const created = await createClaimant({
      actor: editor(),
      input: { name: "Marco Rubio", title: "U.S. Secretary of State", sameAs: ["https://www.wikidata.org/wiki/Q324546"] },
    });
    expect(created).toMatchObject({ name: "Marco Rubio", isOrganization: false });
    await expect(createClaimant({ actor: editor(), input: { name: "marco rubio" } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { existingClaimantId: created.id },
    });
    await expect(createClaimant({ actor: editor(), input: { name: "X", sameAs: ["not a url"] } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createClaimant({ actor: actors["reviewer@example.org"]!, input: { name: "Y" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
