// Integration tests run against a real Postgres: DATABASE_URL's server when set (it must allow
// CREATE DATABASE and CREATE ROLE), otherwise an embedded one in a throw-away directory. Migrations
// are applied once to a template database as its owner; every test file then gets a fresh copy of
// it and connects as the app's least-privileged role, exactly as the app does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../runtime/database";
import { startEmbeddedPostgres } from "../runtime/postgres/embedded-postgres";
import { APP_ROLE, ensureAppRole, grantAppPrivileges, withRole } from "../runtime/postgres/app-role";
import { migrateDeploy } from "../runtime/prisma-cli";
import { TEMPLATE_DATABASE } from "./template-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    /** The server as the app's role sees it (the database name is replaced per test file). */
    postgresAppUrl: string;
  }
}

function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  let adminUrl: string;
  let stateDir: string | null = null;
  if (external) {
    adminUrl = external;
  } else {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-it-"));
    fs.chmodSync(stateDir, 0o755);
    const server = await startEmbeddedPostgres({ stateDir, password: "integration-tests" });
    adminUrl = server.url("postgres");
    stop = server.stop;
  }
  const admin = new (await import("pg")).default.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
  await admin.end();
  await ensureDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDeploy(withDatabase(adminUrl, TEMPLATE_DATABASE));
  const appPassword = "integration-tests-app";
  await ensureAppRole(adminUrl, APP_ROLE, appPassword);
  await grantAppPrivileges(withDatabase(adminUrl, TEMPLATE_DATABASE), APP_ROLE);
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresAppUrl", withRole(adminUrl, APP_ROLE, appPassword));

  return async () => {
    await stop();
    if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
  };
}
