// Claimant records on a real Postgres: the record lists the claimant's claims with ratings and a
// distribution; editing is for editors; merging a duplicate moves its claims and sameAs links to
// the record that stays, removes the duplicate and is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { createClaimant } from "./find-or-create-claimant";
import { getClaimantRecord, mergeClaimants, updateClaimant } from "./claimant-record";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

describe("claimant records", () => {
  it("lists the claimant's claims with their ratings, counted by rating", async () => {
    const sheinbaum = await db.claimant.findFirstOrThrow({ where: { name: { contains: "Sheinbaum" } } });
    const record = await getClaimantRecord({ actor: reviewer, input: { claimantId: sheinbaum.id } });
    expect(record.claims.length).toBeGreaterThan(0);
    expect(record.distribution.reduce((sum, entry) => sum + entry.count, 0)).toBe(record.claims.length);
    await expect(
      updateClaimant({ actor: reviewer, input: { claimantId: sheinbaum.id, name: "X", title: "", sameAs: "" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("merges a duplicate into the record that stays, with its claims and links, audited", async () => {
    const sheinbaum = await db.claimant.findFirstOrThrow({ where: { name: { contains: "Sheinbaum" } } });
    const duplicate = await createClaimant({
      actor: editor,
      input: { name: "C. Sheinbaum", sameAs: ["https://en.wikipedia.org/wiki/Claudia_Sheinbaum"] },
    });
    const claim = await db.claim.findFirstOrThrow({ where: { claimantId: sheinbaum.id } });
    await db.claim.update({ where: { id: claim.id }, data: { claimantId: duplicate.id } });
    await expect(
      updateClaimant({
        actor: editor,
        input: { claimantId: duplicate.id, name: "C. Sheinbaum", title: "", sameAs: "javascript:alert(1)" },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });

    const merged = await mergeClaimants({ actor: editor, input: { claimantId: duplicate.id, intoId: sheinbaum.id } });
    expect(merged).toEqual({ claimantId: sheinbaum.id, movedClaims: 1 });
    expect(await db.claimant.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimantId).toBe(sheinbaum.id);
    expect((await db.claimant.findUniqueOrThrow({ where: { id: sheinbaum.id } })).sameAs).toContain(
      "https://en.wikipedia.org/wiki/Claudia_Sheinbaum",
    );
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: sheinbaum.id, action: "merge" } });
    expect(audit.changes).toMatchObject({ merged: { name: "C. Sheinbaum" }, claims: [claim.id] });
    // The duplicate is gone: merging it again is refused, and nothing changes.
    await expect(mergeClaimants({ actor: editor, input: { claimantId: duplicate.id, intoId: sheinbaum.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
