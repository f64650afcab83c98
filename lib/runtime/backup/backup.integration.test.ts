// A backup of a working desk restores into an empty database with every table the same, and the
// restored desk keeps its protections: publications and the audit log stay immutable.
import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import pg from "pg";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { db } from "@/lib/db";
import { APP_ROLE, grantAppPrivileges, withRole } from "@/lib/runtime/postgres/app-role";
import { TEMPLATE_DATABASE } from "@/lib/testing/template-database";
import { actorFor } from "@/lib/testing/actors";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";

const inDatabase = (url: string, database: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();

async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    ).rows;
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${name}" t`,
      );
      result[name] = rows[0].digest;
    }
    return result;
  } finally {
    await client.end();
  }
}

let ownerUrl: string;
let emptyUrl: string;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  const editor = await actorFor("editor@example.org");
  const article = await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug }, include: { currentRevision: true } });
  const claim = await createClaim({ actor: editor, input: { articleId: article.id, start: 0, end: 12 } });
  const parent = await addComment({
    actor: editor,
    input: { claimId: claim.id, body: "A first comment with “quotes”, emoji 🇲🇽 and a backslash \\ in it." },
  });
  await addComment({ actor: editor, input: { claimId: claim.id, body: "A reply.", parentId: parent.id } });
  ownerUrl = process.env.OWNER_DATABASE_URL!;
  // An empty, migrated database beside it.
  const admin = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await admin.connect();
  const empty = `restore_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${empty}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  emptyUrl = inDatabase(ownerUrl, empty);
});

describe("backup and restore", () => {
  it("round-trips every table and keeps the protections", async () => {
    const archive = new PassThrough();
    const collected = buffer(archive);
    const written = await backupDatabase(ownerUrl, archive);
    const bytes = await collected;
    expect(written.Publication).toBeGreaterThan(0);
    expect(written.AuditEvent).toBeGreaterThan(0);

    const restored = await restoreDatabase(emptyUrl, PassThrough.from(bytes));
    expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, count]) => count > 0)));
    expect(await fingerprint(emptyUrl)).toEqual(await fingerprint(ownerUrl));

    // The restored desk: the app's role still cannot change history, the owner's triggers still refuse.
    await grantAppPrivileges(emptyUrl, APP_ROLE);
    const app = new pg.Client({ connectionString: withRole(emptyUrl, APP_ROLE, "integration-tests-app") });
    await app.connect();
    await expect(app.query(`UPDATE "Publication" SET "correctionNote" = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    // New audit events continue after the restored ones.
    await app.query(`INSERT INTO "AuditEvent" ("entityType", "entityId", "action") VALUES ('Test', 'x', 'after-restore')`);
    const { rows } = await app.query(`SELECT max(id)::int AS id FROM "AuditEvent"`);
    expect(rows[0].id).toBe(written.AuditEvent! + 1);
    await app.end();
    const owner = new pg.Client({ connectionString: emptyUrl });
    await owner.connect();
    await expect(owner.query(`UPDATE "Publication" SET "correctionNote" = 'x'`)).rejects.toThrow(/immutable/);
    await owner.end();
  });

  it("refuses a database that is not empty, and changes nothing", async () => {
    const archive = new PassThrough();
    const collected = buffer(archive);
    await backupDatabase(ownerUrl, archive);
    const bytes = await collected;
    const before = await fingerprint(ownerUrl);
    await expect(restoreDatabase(ownerUrl, PassThrough.from(bytes))).rejects.toThrow(/not empty/);
    expect(await fingerprint(ownerUrl)).toEqual(before);
  });
});

describe("a damaged backup", () => {
  it("is refused with a clear error and restores nothing", async () => {
    const archive = new PassThrough();
    const collected = buffer(archive);
    await backupDatabase(ownerUrl, archive);
    const bytes = await collected;
    const admin = new pg.Client({ connectionString: inject("postgresAdminUrl") });
    await admin.connect();
    const target = `restore_damaged_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${target}" TEMPLATE "${TEMPLATE_DATABASE}"`);
    await admin.end();
    const targetUrl = inDatabase(ownerUrl, target);
    const empty = await fingerprint(targetUrl);
    await expect(restoreDatabase(targetUrl, PassThrough.from(bytes.subarray(0, Math.floor(bytes.length / 2))))).rejects.toThrow(
      /unexpected end of file|incomplete/,
    );
    expect(await fingerprint(targetUrl)).toEqual(empty);
  });
});
