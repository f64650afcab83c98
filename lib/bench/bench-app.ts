// The app as `npm start` runs it, on a throw-away embedded database that the bench fills first.
// Never DATABASE_URL: a benchmark must not write its 500 claims into someone's real database.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, prepareDatabase } from "@/lib/runtime/database";
import { ensurePrismaClient } from "@/lib/runtime/prisma-cli";
import { loadSecrets, projectRoot } from "@/lib/runtime/state";

export async function startBenchDatabase(log: (line: string) => void) {
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_PORT = "0";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-bench-"));
  fs.chmodSync(dir, 0o755);
  const secrets = loadSecrets(dir);
  const database = await prepareDatabase({ stateDir: dir, secrets, log });
  process.env.DATABASE_URL = database.url;
  process.env.SEED_DEMO = "true";
  await ensurePrismaClient();
  await migrateDatabase(database, log);
  const { seedIfEmpty } = await import("@/seeds/seed");
  await seedIfEmpty();
  return {
    dir,
    url: database.url,
    ownerUrl: database.ownerUrl,
    async stop() {
      await database.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitUntilServing(base: string, server: ChildProcess) {
  for (let waited = 0; waited < 600_000; waited += 500) {
    if (server.exitCode !== null) throw new Error("The app stopped while starting.");
    const ok = await fetch(base).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The app did not start within 10 minutes.");
}

/** Starts the production app (building it if its sources changed) against `databaseUrl`. */
export async function serveApp({
  databaseUrl,
  ownerUrl,
  dataDir,
  port,
}: {
  databaseUrl: string;
  ownerUrl: string;
  dataDir: string;
  port: number;
}) {
  const server = spawn(process.execPath, [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "lib/runtime/cli/start.ts"], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: ownerUrl, FACTCHECK_DATA_DIR: dataDir, PORT: String(port) },
  });
  const base = `http://localhost:${port}`;
  await waitUntilServing(base, server);
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill("SIGINT");
      }),
  };
}
