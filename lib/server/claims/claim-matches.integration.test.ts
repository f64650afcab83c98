// Similar fact-checks in the claim panel and "same claim as", on a real Postgres: the desk's own
// published check of the sample claim is found for a new claim worded differently, the claim itself
// is never offered, linking is audited and limited to those who may edit.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { importArticle } from "../articles/import-article";
import { createClaim } from "./create-claim";
import { linkClaimMatch, similarForClaim, unlinkClaimMatch } from "./claim-matches";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

describe("similar fact-checks for a claim", () => {
  it("finds the desk's earlier check, never the claim itself, and records 'same claim as' in its history", async () => {
    const text = "A post says Sheinbaum rejected Trump's offer to send U.S. troops into Mexico to fight the cartels.";
    const { articleId } = await importArticle({
      actor: editor,
      input: { kind: "text", title: "Post about troops", text, allowDuplicate: true },
    });
    const quote = "Sheinbaum rejected Trump's offer to send U.S. troops into Mexico";
    const start = text.indexOf(quote);
    const claim = await createClaim({ actor: editor, input: { articleId, start, end: start + quote.length } });

    const { similar, linked } = await similarForClaim({ actor: editor, input: { claimId: claim.id, text: quote } });
    expect(linked).toEqual([]);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.some((item) => item.href.includes(claim.id))).toBe(false);
    const earlier = similar.find((item) => item.href.startsWith("/f/"))!;
    expect(earlier.claimReviewed).toMatch(/Sheinbaum rejected Trump's offer/);

    await expect(linkClaimMatch({ actor: reviewer, input: { claimId: claim.id, href: earlier.href } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { matchId } = await linkClaimMatch({ actor: editor, input: { claimId: claim.id, href: earlier.href } });
    // Linking twice is one link.
    expect((await linkClaimMatch({ actor: editor, input: { claimId: claim.id, href: earlier.href } })).matchId).toBe(matchId);
    const after = await similarForClaim({ actor: editor, input: { claimId: claim.id, text: quote } });
    expect(after.linked).toEqual([expect.objectContaining({ href: earlier.href, claimReviewed: earlier.claimReviewed })]);
    const audit = await db.auditEvent.findMany({ where: { entityId: claim.id, action: "same-claim" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ sameClaimAs: { before: null, after: { href: earlier.href } } });

    await unlinkClaimMatch({ actor: editor, input: { claimId: claim.id, matchId } });
    expect(await db.claimMatch.count({ where: { claimId: claim.id } })).toBe(0);
    // Only addresses the desk knows, and what they say comes from its records, not from the request.
    for (const href of ["javascript:alert(1)", "https://evil.example/fake-factcheck", "/f/x/../../../signin?callbackUrl=//evil.example"])
      await expect(linkClaimMatch({ actor: editor, input: { claimId: claim.id, href } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const forged = await linkClaimMatch({
      actor: editor,
      input: { claimId: claim.id, href: earlier.href, claimReviewed: "Forged desk verdict", rating: "False" } as never,
    });
    expect(await db.claimMatch.findUniqueOrThrow({ where: { id: forged.matchId } })).toMatchObject({
      claimReviewed: earlier.claimReviewed,
    });
  });
});
