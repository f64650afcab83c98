import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { updateUser } from "@/lib/server/admin/manage-users";
import { MAX_FAILURES, recordSignInAttempt, signInThrottle, WINDOW_MS } from "@/lib/server/users/sign-in-throttle";
import { attemptSignIn } from "@/lib/server/users/sign-in";
import { actorFor } from "@/lib/testing/actors";
import { DEMO_PASSWORD_DEFAULT } from "@/seeds/users";
import { seedDatabase } from "@/seeds/seed";
import { closeSession, openSession, sessionActor } from "./sessions";

let admin: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
});

describe("server-side sessions", () => {
  it("ends on sign-out: the same cookie names a closed session", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    const sid = await openSession(editor.id);
    expect(await sessionActor(sid, editor.id)).toMatchObject({ email: "editor@example.org" });
    expect(await sessionActor(sid, admin.id)).toBeNull();
    await closeSession(sid);
    expect(await sessionActor(sid, editor.id)).toBeNull();
  });

  it("ends every session of a person whose account is disabled or whose role changes", async () => {
    for (const change of [{ role: "EDITOR" }, { disabled: true }] as const) {
      const person = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.org" } });
      await db.user.update({ where: { id: person.id }, data: { disabled: false, role: "REVIEWER" } });
      const [phone, laptop] = [await openSession(person.id), await openSession(person.id)];
      await updateUser({ actor: admin, input: { userId: person.id, ...change } });
      expect(await sessionActor(phone, person.id)).toBeNull();
      expect(await sessionActor(laptop, person.id)).toBeNull();
    }
  });

  it("does not count a session without a cookie naming it", async () => {
    expect(await sessionActor(undefined, admin.id)).toBeNull();
  });
});

describe("throttling wrong passwords", () => {
  const start = new Date("2026-01-01T10:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  it(`refuses an account after ${MAX_FAILURES} failures in a minute, and lets the right password in again afterwards`, async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      await recordSignInAttempt({ email: "Editor@Example.org", address: `198.51.100.${i}`, succeeded: false, now: at(i * 1000) });
    expect(await signInThrottle({ email: "editor@example.org", address: "198.51.100.99", now: at(9_500) })).toEqual({ blocked: false });
    await recordSignInAttempt({ email: "editor@example.org", address: "198.51.100.9", succeeded: false, now: at(9_900) });
    expect(await signInThrottle({ email: "EDITOR@example.org ", address: "198.51.100.99", now: at(10_000) })).toEqual({
      blocked: true,
      retryAfterSeconds: 50,
    });
    // Other accounts from other addresses are not affected.
    expect(await signInThrottle({ email: "admin@example.org", address: "198.51.100.99", now: at(10_000) })).toEqual({ blocked: false });
    expect(await signInThrottle({ email: "editor@example.org", address: "198.51.100.99", now: at(WINDOW_MS + 1) })).toEqual({
      blocked: false,
    });
  });

  it(`refuses an address after ${MAX_FAILURES} failures in a minute, whatever the accounts`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++)
      await recordSignInAttempt({ email: `guess${i}@example.org`, address: "203.0.113.7", succeeded: false, now: at(i * 100) });
    expect(await signInThrottle({ email: "admin@example.org", address: "203.0.113.7", now: at(2_000) })).toMatchObject({ blocked: true });
    expect(await signInThrottle({ email: "admin@example.org", address: "203.0.113.8", now: at(2_000) })).toEqual({ blocked: false });
  });
  it("lets no more than the allowed guesses through when they are sent all at once", async () => {
    const guesses = await Promise.all(
      Array.from({ length: 3 * MAX_FAILURES }, (_, i) =>
        attemptSignIn({ email: "Reviewer@example.org", password: `guess-${i}` }, `192.0.2.${i}`),
      ),
    );
    expect(guesses.filter((guess) => !guess.throttle.blocked)).toHaveLength(MAX_FAILURES);
    const right = await attemptSignIn({ email: "reviewer@example.org", password: DEMO_PASSWORD_DEFAULT }, "192.0.2.200");
    expect(right).toMatchObject({ actor: null, throttle: { blocked: true } });
  });

  it("signs in several people from one office address at the same moment", async () => {
    const people = ["editor@example.org", "editor2@example.org", "admin@example.org"];
    const outcomes = await Promise.all(people.map((email) => attemptSignIn({ email, password: DEMO_PASSWORD_DEFAULT }, "198.51.100.250")));
    expect(outcomes.map((outcome) => outcome.actor?.email)).toEqual(people);
  });
});
