import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { createAccount } from "./create-account";
import { verifyCredentials } from "./verify-credentials";

const input = { email: "New.Editor@Example.org", name: "New Editor", role: "EDITOR", password: "a-long-password-1" };

describe("creating accounts", () => {
  it("lets the operator create the first admin, who can then sign in", async () => {
    const user = await createAccount({ actor: "operator", input: { ...input, role: "ADMIN", email: "first@example.org" } });
    expect(user.role).toBe("ADMIN");
    expect(await verifyCredentials({ email: "first@example.org", password: input.password })).toMatchObject({ role: "ADMIN" });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "create" } })).toBe(1);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await db.user.count();
    await expect(
      createAccount({ actor: "operator", input: { email: "nope", name: "", role: "BOSS", password: "short" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        email: [expect.any(String)],
        name: [expect.any(String)],
        role: [expect.any(String)],
        password: ["Use at least 12 characters."],
      },
    });
    expect(await db.user.count()).toBe(before);
  });

  it("refuses duplicates and non-admins", async () => {
    await createAccount({ actor: "operator", input });
    await expect(createAccount({ actor: "operator", input })).rejects.toMatchObject({ code: "CONFLICT" });
    const editor: Actor = { id: "x", role: "EDITOR", name: "E", email: "e@example.org" };
    await expect(createAccount({ actor: editor, input: { ...input, email: "other@example.org" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
