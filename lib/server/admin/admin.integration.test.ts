import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { findActor } from "@/lib/server/users/find-actor";
import { seedDatabase } from "@/seeds/seed";
import { listScale, moveRating, saveRating } from "./manage-rating-scale";
import { listUsers, updateUser } from "./manage-users";
import { updatePublisherProfile } from "./update-publisher-profile";

const a: Record<string, Actor> = {};
beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["admin@example.org", "editor@example.org"]) a[email.split("@")[0]!] = await actorFor(email);
});

describe("accounts", () => {
  it("lets admins change roles and disable accounts, which locks the person out at once", async () => {
    await expect(listUsers({ actor: a.editor! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.org" } });
    await updateUser({ actor: a.admin!, input: { userId: reviewer.id, role: "EDITOR" } });
    expect((await findActor(reviewer.id))?.role).toBe("EDITOR");
    await updateUser({ actor: a.admin!, input: { userId: reviewer.id, disabled: true } });
    expect(await findActor(reviewer.id)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: reviewer.id, action: "update" } });
    expect(events.map((event) => event.changes)).toEqual([
      { role: { before: "REVIEWER", after: "EDITOR" } },
      { disabled: { before: false, after: true } },
    ]);
  });

  it("never leaves the desk without an active admin, and nobody disables themselves", async () => {
    await expect(updateUser({ actor: a.admin!, input: { userId: a.admin!.id, role: "EDITOR" } })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("at least one active admin"),
    });
    await expect(updateUser({ actor: a.admin!, input: { userId: a.admin!.id, disabled: true } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(updateUser({ actor: a.admin!, input: { userId: a.editor!.id, role: "OWNER" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { role: ["Choose a role."] },
    });
    expect((await findActor(a.admin!.id))?.role).toBe("ADMIN");
  });
});

describe("publisher profile", () => {
  it("saves the profile and the required approvals, refusing values out of range field by field", async () => {
    const valid = {
      name: "Harbor Fact Check",
      url: "https://facts.example",
      logoUrl: "",
      description: "Checks claims.",
      requiredApprovals: "2",
    };
    await expect(updatePublisherProfile({ actor: a.editor!, input: valid })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updatePublisherProfile({ actor: a.admin!, input: { ...valid, url: "facts", requiredApprovals: "0" } }),
    ).rejects.toMatchObject({
      fieldErrors: { url: [expect.any(String)], requiredApprovals: ["At least one approval is required."] },
    });
    expect((await db.publisherProfile.findUniqueOrThrow({ where: { id: 1 } })).requiredApprovals).toBe(1);
    await updatePublisherProfile({ actor: a.admin!, input: valid });
    expect(await db.publisherProfile.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      name: "Harbor Fact Check",
      requiredApprovals: 2,
      logoUrl: null,
    });
  });
});

describe("rating scale", () => {
  it("edits, adds and reorders ratings, refusing duplicates and bad colours", async () => {
    const first = (await listScale({ actor: a.admin! }))[0]!;
    const pants = (await listScale({ actor: a.admin! })).find((r) => r.label === "Pants on fire")!;
    await saveRating({
      actor: a.admin!,
      input: {
        ratingId: pants.id,
        label: "Ridiculous",
        value: "1",
        description: "Not accurate and absurd.",
        color: "#7a1616",
        icon: "flame",
      },
    });
    await expect(
      saveRating({ actor: a.admin!, input: { label: "ridiculous", value: "", description: "x", color: "#123456", icon: "check" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      saveRating({ actor: a.admin!, input: { label: "Satire", value: "", description: "x", color: "red;}", icon: "smile" } }),
    ).rejects.toMatchObject({
      fieldErrors: { color: ["Use a colour like #1d6b35."], icon: ["Choose an icon."] },
    });
    const satire = await saveRating({
      actor: a.admin!,
      input: { label: "Satire", value: "", description: "Not meant literally.", color: "#5b2a86", icon: "slash" },
    });
    expect(satire).toMatchObject({ value: null, position: 8 });
    // Satire has no value: it may move anywhere; the first rating cannot move further up.
    await moveRating({ actor: a.admin!, input: { ratingId: satire.id, direction: "up" } });
    expect((await listScale({ actor: a.admin! })).map((r) => r.label).slice(-2)).toEqual(["Satire", "Not a factual claim"]);
    await expect(moveRating({ actor: a.admin!, input: { ratingId: first!.id, direction: "up" } })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(saveRating({ actor: a.editor!, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never renames or revalues a rating under claims that were reviewed with it", async () => {
    const approved = await db.claim.findFirstOrThrow({ where: { state: "APPROVED" }, include: { verdict: { include: { rating: true } } } });
    const rating = approved.verdict!.rating!;
    const edit = {
      ratingId: rating.id,
      label: `${rating.label} (renamed)`,
      value: rating.value === null ? "" : String(rating.value),
      description: rating.description,
      color: rating.color,
      icon: rating.icon,
    };
    await expect(saveRating({ actor: a.admin!, input: edit })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("cannot change under"),
    });
    // Presentation may change: colour and description.
    await expect(
      saveRating({ actor: a.admin!, input: { ...edit, label: rating.label, color: "#1d6b36", description: "Reworded." } }),
    ).resolves.toMatchObject({ label: rating.label, color: "#1d6b36" });
    expect((await db.rating.findUniqueOrThrow({ where: { id: rating.id } })).label).toBe(rating.label);
  });

  it("keeps the scale readable for ClaimReview: values of 1 or more, truer ratings higher", async () => {
    const [first, second] = await listScale({ actor: a.admin! });
    const edit = (rating: typeof first, value: string) => ({
      ratingId: rating!.id,
      label: rating!.label,
      value,
      description: rating!.description,
      color: rating!.color,
      icon: rating!.icon,
    });
    await expect(saveRating({ actor: a.admin!, input: edit(second, "0") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { value: [expect.stringContaining("1 or more")] },
    });
    await expect(saveRating({ actor: a.admin!, input: edit(first, "2") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { value: [expect.stringContaining("truer ratings come first")] },
    });
    await expect(moveRating({ actor: a.admin!, input: { ratingId: second!.id, direction: "up" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await listScale({ actor: a.admin! })).map((r) => [r.label, r.value]).slice(0, 2)).toEqual([
      [first!.label, first!.value],
      [second!.label, second!.value],
    ]);
  });
});
