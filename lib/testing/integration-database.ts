// Runs before each integration test file: a fresh database copied from the migrated template,
// exported as DATABASE_URL before anything opens the Prisma client.
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
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  await disconnectDb();
  await admin((client) => client.query(`drop database if exists "${database}" with (force)`));
});
