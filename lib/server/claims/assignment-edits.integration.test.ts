// Due date and priority are plain edits: an approved claim stays approved, approvals stay, and the
// history reads as people say it ("due date: 2026-12-01", "priority: High").
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeClaimEvent } from "@/lib/domain/audit/describe-event";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { updateClaim } from "./update-claim";

let editor: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
});

describe("due date and priority in the claim panel", () => {
  it("keeps an approved claim approved and records readable history", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { state: "APPROVED" } });
    const approvals = await db.review.count({ where: { claimId: claim.id, voided: false } });
    const saved = await updateClaim({
      actor: editor,
      input: { claimId: claim.id, version: claim.version, dueAt: "2026-12-01", priority: "HIGH" },
    });
    expect(saved).toMatchObject({ state: "APPROVED", priority: "HIGH", version: claim.version + 1 });
    expect(saved.dueAt?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(await db.review.count({ where: { claimId: claim.id, voided: false } })).toBe(approvals);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: claim.id }, orderBy: { id: "desc" } });
    expect(describeClaimEvent(event.action, event.changes as Record<string, unknown>).details).toEqual([
      "due date: (empty) → 2026-12-01",
      "priority: “Normal” → “High”",
    ]);
    const cleared = await updateClaim({ actor: editor, input: { claimId: claim.id, version: saved.version, dueAt: "" } });
    expect(cleared.dueAt).toBeNull();
  });

  it("refuses a malformed due date or priority field by field", async () => {
    const claim = await db.claim.findFirstOrThrow({ where: { state: "DRAFT" } });
    await expect(
      updateClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, dueAt: "next week", priority: "ASAP" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { dueAt: ["Use a date like 2026-12-01."], priority: ["Choose low, normal, high or urgent."] },
    });
  });
});
