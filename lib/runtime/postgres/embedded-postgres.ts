// A real Postgres server for the default install and for tests: initdb on first use, then
// `postgres` as a child process that stops with us (SIGINT = fast shutdown).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresBinaries } from "./binaries";
import { chownTree, type OsUser, postgresOsUser, userCan } from "./os-user";

export type RunningPostgres = { url: (database: string) => string; port: number; stop: () => Promise<void> };

type Options = {
  /** Directory for the cluster's data (created by initdb when missing). */
  stateDir: string;
  password: string;
  port?: number;
  log?: (line: string) => void;
};

async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : null));
      });
    });
  if (preferred) {
    const port = await tryListen(preferred);
    if (port) return port;
  }
  const port = await tryListen(0);
  if (!port) throw new Error("No free TCP port for Postgres on 127.0.0.1.");
  return port;
}

/**
 * Where the cluster lives. Normally `<stateDir>/pg`; when root runs us from a directory the
 * `postgres` user cannot enter, a stable folder under /var/tmp keyed by the state dir instead.
 */
function clusterParent(stateDir: string, user: OsUser | null): string {
  fs.mkdirSync(stateDir, { recursive: true });
  if (!user || userCan(user, "-x", stateDir)) {
    const local = path.join(stateDir, "pg");
    fs.mkdirSync(local, { recursive: true, mode: 0o700 });
    return local;
  }
  const key = crypto.createHash("sha256").update(path.resolve(stateDir)).digest("hex").slice(0, 12);
  const parent = path.join(os.platform() === "linux" ? "/var/tmp" : os.tmpdir(), `factcheck-postgres-${key}`);
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(stateDir, "postgres-location.txt"), `${parent}\n`);
  return parent;
}

function runAs(user: OsUser | null, command: string, args: string[]) {
  const result = spawnSync(command, args, { ...(user ? { uid: user.uid, gid: user.gid } : {}), encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed: ${(result.stderr || result.stdout || "").trim()}`);
  }
}

function initialise(dataDir: string, parent: string, password: string, user: OsUser | null, initdb: string) {
  const pwFile = path.join(parent, `.pw-${process.pid}`);
  fs.writeFileSync(pwFile, password, { mode: 0o600 });
  chownTree(user, parent);
  try {
    runAs(user, initdb, [
      "-D", dataDir, "-U", "postgres", "--pwfile", pwFile, "--auth", "scram-sha-256",
      "-E", "UTF8", "--locale-provider", "builtin", "--builtin-locale", "C.UTF-8",
    ]);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

/** A server left running by a process that was killed outright: stop it before starting ours. */
function stopLeftover(dataDir: string, user: OsUser | null, pgCtl: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file; postgres cleans it up itself
  }
  runAs(user, pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"]);
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Postgres exited during start-up:\n${output()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`Postgres did not accept connections within 60 s:\n${output()}`);
}

/** Start (initialising on first use) a local Postgres reachable only on 127.0.0.1. */
export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const user = postgresOsUser();
  const bins = await postgresBinaries(user);
  const parent = clusterParent(options.stateDir, user);
  const dataDir = path.join(parent, "data");
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    options.log?.(`Creating a Postgres cluster in ${dataDir}`);
    initialise(dataDir, parent, options.password, user, bins.initdb);
  }
  stopLeftover(dataDir, user, bins.pgCtl);

  const port = await freePort(options.port);
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const child = spawn(bins.postgres, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: Ctrl-C reaches the web server first; we stop Postgres after it.
    detached: true,
  });
  let output = "";
  const logStream = fs.createWriteStream(path.join(options.stateDir, "postgres.log"), { flags: "a" });
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    logStream.write(chunk);
  };
  child.stdout?.on("data", capture);
  child.stderr?.on("data", capture);

  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGINT");
      const timeout = setTimeout(() => child.kill("SIGQUIT"), 20_000);
      await exited;
      clearTimeout(timeout);
    }
    logStream.end();
  };
  try {
    await waitUntilReady(url("postgres"), child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}
