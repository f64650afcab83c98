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

export type RunningPostgres = {
  url: (database: string) => string;
  port: number;
  stop: () => Promise<void>;
  /** True when another process (a running desk) owns this server and we only connected to it. */
  attached: boolean;
  /** Called when the server stops without being asked to (never for an attached one). */
  onUnexpectedExit: (listener: (reason: string) => void) => void;
};

type Options = {
  /** Directory for the cluster's data (created by initdb when missing). */
  stateDir: string;
  password: string;
  port?: number;
  log?: (line: string) => void;
  /**
   * "owner" (npm start, tests, bench): runs the server, and refuses when a live desk already owns
   * the data directory. "guest" (user:create, backup, the Prisma CLI): uses the running server of
   * a desk when there is one — never stopping it — else runs one for the command's duration.
   */
  role?: "owner" | "guest";
};

const OWNER_FILE = "desk.pid";

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid and port of a running postmaster for `dataDir`, from its postmaster.pid. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  return alive(pid) ? { pid, port: Number(lines[3]) } : null;
}

/** The process (other than us) that owns the desk's database in `stateDir`, if it still runs. */
function liveOwner(stateDir: string): number | null {
  const file = path.join(stateDir, OWNER_FILE);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, "utf8").trim());
  return pid !== process.pid && alive(pid) ? pid : null;
}

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
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--pwfile",
      pwFile,
      "--auth",
      "scram-sha-256",
      "-E",
      "UTF8",
      "--locale-provider",
      "builtin",
      "--builtin-locale",
      "C.UTF-8",
    ]);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

/** A server left running by an owner that was killed outright (nobody owns it now): stop it before starting ours. */
function stopLeftover(dataDir: string, user: OsUser | null, pgCtl: string) {
  if (runningPostmaster(dataDir)) runAs(user, pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"]);
}

/** The running desk's server, used as it is. */
async function attach(port: number, password: string): Promise<RunningPostgres> {
  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const client = new pg.Client({ connectionString: url("postgres"), connectionTimeoutMillis: 5_000 });
  await client.connect();
  await client.end();
  return { url, port, attached: true, stop: async () => undefined, onUnexpectedExit: () => undefined };
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
  const role = options.role ?? "owner";
  const owner = liveOwner(options.stateDir);
  if (role === "owner" && owner) {
    throw new Error(
      `A desk is already running on ${path.resolve(options.stateDir)} (process ${owner}). Stop it first, or give this one its own FACTCHECK_DATA_DIR.`,
    );
  }
  const running = runningPostmaster(dataDir);
  if (role === "guest" && running) return attach(running.port, options.password);
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

  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stopping = false;
  const unexpected: ((reason: string) => void)[] = [];
  child.once("exit", (code, signal) => {
    if (!stopping) for (const listener of unexpected) listener(signal ? `killed by ${signal}` : `exited with code ${code}`);
  });
  const ownerFile = path.join(options.stateDir, OWNER_FILE);
  const stop = async () => {
    stopping = true;
    if (role === "owner" && fs.existsSync(ownerFile) && fs.readFileSync(ownerFile, "utf8").trim() === String(process.pid))
      fs.rmSync(ownerFile, { force: true });
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
  if (role === "owner") fs.writeFileSync(ownerFile, `${process.pid}\n`);
  return { url, port, stop, attached: false, onUnexpectedExit: (listener) => unexpected.push(listener) };
}
