// Races that must not corrupt: many people saving one claim, publishing while others edit or
// publish, and admins disabling each other — all through the use-cases, on a real Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActionResult } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";
import { actorFor } from "@/lib/testing/actors";
import { reviewInput } from "@/lib/testing/review-input";
import { updateUser } from "@/lib/server/admin/manage-users";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { approveClaim } from "@/lib/server/reviews/approve-claim";
import { createAccount } from "@/lib/server/users/create-account";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { submitClaim } from "./submit-claim";
import { updateClaim } from "./update-claim";

const a: Record<string, Actor> = {};
let articleId: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org", "editor2@example.org", "reviewer@example.org"]) {
    a[email.split("@")[0]!] = await actorFor(email);
  }
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

/** Outcome of each attempt as the UI would get it: ok, or the error's code. */
const outcomes = (settled: PromiseSettledResult<unknown>[]) =>
  settled.map((result) =>
    result.status === "fulfilled"
      ? "ok"
      : toActionResult(result.reason).ok
        ? "ok"
        : (toActionResult(result.reason) as { code: string }).code,
  );

describe("twenty people saving one claim at once", () => {
  it("acknowledges or refuses every write with CONFLICT, and versions, saves and audit events agree", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "DRAFT" } });
    const eventsBefore = await db.auditEvent.count({ where: { entityId: claim.id } });
    let acknowledged = 0;
    // Five rounds of twenty simultaneous writers, each naming the version it last read.
    for (let round = 0; round < 5; round++) {
      const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      const settled = await Promise.allSettled(
        Array.from({ length: 20 }, (_, writer) =>
          updateClaim({ actor: a.editor!, input: { claimId: claim.id, version, tags: [`round ${round}`, `writer ${writer}`] } }),
        ),
      );
      const results = outcomes(settled);
      expect(
        results.every((result) => result === "ok" || result === "CONFLICT"),
        results.join(", "),
      ).toBe(true);
      expect(results.filter((result) => result === "ok")).toHaveLength(1);
      acknowledged += 1;
    }
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.version - claim.version).toBe(acknowledged);
    expect((await db.auditEvent.count({ where: { entityId: claim.id } })) - eventsBefore).toBe(acknowledged);
  });
});

describe("publishing races", () => {
  it("never publishes an approved claim without its reviewers while the claim is being edited", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, orderBy: { anchorStart: "asc" } });
    for (let round = 0; round < 20; round++) {
      const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      if (current.state !== "APPROVED") {
        await submitClaim({ actor: a.editor!, input: { claimId: claim.id, version: current.version } });
        await approveClaim({ actor: a.reviewer!, input: await reviewInput(claim.id) });
      }
      const fresh = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      await Promise.allSettled([
        publishArticle({ actor: a.editor2!, input: { articleId, correctionNote: `Round ${round}.` } }),
        updateClaim({ actor: a.editor!, input: { claimId: claim.id, version: fresh.version, summary: `Summary ${round}.` } }),
      ]);
    }
    const publications = await db.publication.findMany({ where: { articleId } });
    for (const publication of publications) {
      for (const published of publicationSnapshotSchema.parse(publication.snapshot).claims) {
        expect(published.reviewers.length, `version ${publication.version}: ${published.text}`).toBeGreaterThan(0);
      }
    }
  });

  it("lets one of two simultaneous publishes win and tells the other clearly", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, orderBy: { anchorStart: "desc" } });
    await updateClaim({ actor: a.editor!, input: { claimId: claim.id, version: claim.version, tags: ["race"] } });
    // Something new to publish: withdraw the claim edited above by taking it back to draft.
    const before = await db.publication.count({ where: { articleId } });
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await updateClaim({ actor: a.editor!, input: { claimId: claim.id, version, summary: "Reworded while racing." } });
    const settled = await Promise.allSettled([
      publishArticle({ actor: a.editor!, input: { articleId, correctionNote: "First." } }),
      publishArticle({ actor: a.editor2!, input: { articleId, correctionNote: "Second." } }),
    ]);
    const results = outcomes(settled).sort();
    expect(results[1]).toBe("ok");
    // The loser hears that someone else published at the same moment (or that nothing is left to publish).
    expect(["CONFLICT", "INVALID_STATE"]).toContain(results[0]);
    const loser = settled.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(toActionResult(loser.reason)).toMatchObject({ ok: false, message: expect.stringMatching(/published|Nothing changed/) });
    expect((await db.publication.count({ where: { articleId } })) - before).toBe(1);
  });
});

describe("the last active admin", () => {
  it("survives two admins disabling each other at the same moment, every time", async () => {
    const second = await createAccount({
      actor: a.admin!,
      input: { email: "admin2@example.org", name: "Second Admin", role: "ADMIN", password: "a long enough password" },
    });
    const admin2 = await actorFor(second.email);
    for (let round = 0; round < 10; round++) {
      await db.user.updateMany({ where: { id: { in: [a.admin!.id, admin2.id] } }, data: { disabled: false } });
      const settled = await Promise.allSettled([
        updateUser({ actor: a.admin!, input: { userId: admin2.id, disabled: true } }),
        updateUser({ actor: admin2, input: { userId: a.admin!.id, disabled: true } }),
      ]);
      // The loser was disabled a moment before: it is told so, and nothing it asked for happens.
      expect(outcomes(settled).sort()).toEqual(["FORBIDDEN", "ok"]);
      expect(await db.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
    }
  });
});
