import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase } from "@/seeds/seed";
import { DEMO_PASSWORD_DEFAULT } from "@/seeds/users";
import { findActor } from "./find-actor";
import { verifyCredentials } from "./verify-credentials";

beforeAll(() => seedDatabase({ demo: true }));

describe("signing in", () => {
  it("accepts a demo account with the demo password, whatever the email's case", async () => {
    const actor = await verifyCredentials({ email: " Editor@Example.org ", password: DEMO_PASSWORD_DEFAULT });
    expect(actor).toMatchObject({ email: "editor@example.org", role: "EDITOR", name: "Elena Editor" });
  });

  it("refuses a wrong password, an unknown email and malformed input alike", async () => {
    expect(await verifyCredentials({ email: "editor@example.org", password: "wrong" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.org", password: DEMO_PASSWORD_DEFAULT })).toBeNull();
    expect(await verifyCredentials({ email: "not-an-email", password: "x" })).toBeNull();
    expect(await verifyCredentials(undefined)).toBeNull();
  });

  it("stores argon2id hashes, never the password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(DEMO_PASSWORD_DEFAULT);
  });

  it("locks out a disabled account at once, even with a session already issued", async () => {
    const user = await db.user.update({ where: { email: "reviewer2@example.org" }, data: { disabled: true } });
    expect(await verifyCredentials({ email: "reviewer2@example.org", password: DEMO_PASSWORD_DEFAULT })).toBeNull();
    expect(await findActor(user.id)).toBeNull();
  });
});
