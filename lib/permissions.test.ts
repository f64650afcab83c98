import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { type Actor, assertCan, can, PERMISSIONS } from "./permissions";

const actor = (role: Actor["role"]): Actor => ({ id: `u-${role}`, role, name: role, email: `${role}@example.org` });

describe("permission table", () => {
  it("lets editors import, edit, submit and publish, but not review or administer", () => {
    const editor = actor("EDITOR");
    for (const p of ["article.import", "claim.edit", "claim.submit", "article.publish", "search.use"] as const) {
      expect(can(editor, p), p).toBe(true);
    }
    for (const p of ["claim.review", "review-queue.read", "user.manage", "rating-scale.manage"] as const) {
      expect(can(editor, p), p).toBe(false);
    }
  });

  it("lets reviewers review and read, but never edit claims, import or publish", () => {
    const reviewer = actor("REVIEWER");
    expect(can(reviewer, "claim.review")).toBe(true);
    expect(can(reviewer, "review-queue.read")).toBe(true);
    for (const p of ["claim.edit", "claim.delete", "article.import", "article.publish", "user.manage"] as const) {
      expect(can(reviewer, p), p).toBe(false);
    }
  });

  it("gives admins every permission", () => {
    expect(PERMISSIONS.every((permission) => can({ id: "a", role: "ADMIN", name: "A", email: "a@x" }, permission))).toBe(true);
  });

  it("refuses an anonymous visitor with UNAUTHENTICATED and a wrong role with FORBIDDEN", () => {
    expect(can(null, "article.read")).toBe(false);
    expect(() => assertCan(null, "article.read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(actor("REVIEWER"), "claim.edit")).toThrow(AppError);
    expect(() => assertCan(actor("REVIEWER"), "claim.edit")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(actor("EDITOR"), "claim.edit")).not.toThrow();
  });

  it("limits an API token to its scope, whoever created it", () => {
    const token = (scope: "READ" | "WRITE"): Actor => ({ ...actor("ADMIN"), token: { id: "t", name: "Partner feed", scope } });
    expect(can(token("READ"), "claim.read")).toBe(true);
    expect(can(token("READ"), "reference.import")).toBe(false);
    expect(can(token("WRITE"), "reference.import")).toBe(true);
    for (const p of ["claim.edit", "article.publish", "user.manage", "api-token.manage", "claim.review"] as const) {
      expect(can(token("WRITE"), p), p).toBe(false);
    }
  });
});
