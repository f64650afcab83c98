// Runs before each integration test file: a fresh database copied from the migrated template,
// exported as DATABASE_URL (the app's least-privileged role) before anything opens the Prisma
// client. OWNER_DATABASE_URL is the same database as its owner, for tests of what the role may not do.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../db";
import { TEMPLATE_DATABASE } from "./template-database";

const adminUrl = inject("postgresAdminUrl");
const database = `factcheck_test_${crypto.randomBytes(6).toString("hex")}`;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

await admin((client) => client.query(`create database "${database}" template "${TEMPLATE_DATABASE}"`));
const inDatabase = (server: string) => {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
};
process.env.DATABASE_URL = inDatabase(inject("postgresAppUrl"));
process.env.OWNER_DATABASE_URL = inDatabase(adminUrl);

afterAll(async () => {
  await disconnectDb();
  await admin((client) => client.query(`drop database if exists "${database}" with (force)`));
});
