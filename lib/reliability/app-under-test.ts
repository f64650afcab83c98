// The production app as `npm start` runs it, on its own embedded Postgres in a throw-away directory
// (never DATABASE_URL): the reliability suite kills that Postgres on purpose.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitUntilServing } from "@/lib/bench/bench-app";
import { APP_ROLE, withRole } from "@/lib/runtime/postgres/app-role";
import { loadSecrets, projectRoot } from "@/lib/runtime/state";

export type AppUnderTest = {
  base: string;
  dataDir: string;
  /** The owner's URL of the app's database (for the integrity checks). */
  ownerUrl: () => string;
  postgresPid: () => number;
  output: () => string;
  stop: () => Promise<void>;
};

export async function startAppUnderTest(port: number): Promise<AppUnderTest> {
  return startApp(port, {});
}

/**
 * A second app process on the first one's database, as a deployment runs N of them: `npm start`
 * with DATABASE_URL (the app's role), MIGRATION_DATABASE_URL (the owner) and the same AUTH_SECRET.
 */
export async function startSecondProcess(first: AppUnderTest, port: number): Promise<AppUnderTest> {
  const secrets = loadSecrets(first.dataDir);
  const second = await startApp(port, {
    DATABASE_URL: withRole(first.ownerUrl(), APP_ROLE, secrets.appPassword),
    MIGRATION_DATABASE_URL: first.ownerUrl(),
    AUTH_SECRET: secrets.authSecret,
  });
  return { ...second, ownerUrl: first.ownerUrl, postgresPid: first.postgresPid };
}

async function startApp(port: number, shared: Record<string, string>): Promise<AppUnderTest> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-reliability-"));
  fs.chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FACTCHECK_DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: "0",
    SEED_DEMO: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  delete env.AUTH_SECRET;
  delete env.NEXTAUTH_SECRET;
  Object.assign(env, shared);
  const server = spawn(process.execPath, [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "lib/runtime/cli/start.ts"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  const base = `http://localhost:${port}`;
  await waitUntilServing(base, server);
  const clusterDir = () => {
    const moved = path.join(dataDir, "postgres-location.txt");
    return path.join(fs.existsSync(moved) ? fs.readFileSync(moved, "utf8").trim() : path.join(dataDir, "pg"), "data");
  };
  const postmaster = () => fs.readFileSync(path.join(clusterDir(), "postmaster.pid"), "utf8").split("\n");
  return {
    base,
    dataDir,
    ownerUrl: () =>
      `postgresql://postgres:${encodeURIComponent(loadSecrets(dataDir).postgresPassword)}@127.0.0.1:${postmaster()[3]}/factcheck`,
    postgresPid: () => Number(postmaster()[0]),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          resolve();
        };
        if (server.exitCode !== null) return done();
        server.once("exit", done);
        server.kill("SIGINT");
      }),
  };
}
