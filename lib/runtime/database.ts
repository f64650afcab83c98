// Decides which Postgres the app uses: DATABASE_URL when set (never starting one), otherwise the
// embedded server under the state dir. Two connections: the owner's for migrations, and the app's
// least-privileged role for everything else (postgres/app-role.ts).
import pg from "pg";
import { APP_ROLE, ensureAppRole, grantAppPrivileges, roleOf, withRole } from "./postgres/app-role";
import { type RunningPostgres, startEmbeddedPostgres } from "./postgres/embedded-postgres";
import { migrateDeploy } from "./prisma-cli";

export type PreparedDatabase = {
  /** What the app connects with. */
  url: string;
  /** What migrations run with: the owner of the tables. The same as `url` only when an external database gives one role. */
  ownerUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

/** Where a connection string points, without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.username ? `${decodeURIComponent(parsed.username)}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "(not a valid URL)";
  }
}

/** Resolves when the database answers; rejects with a one-line reason otherwise. */
export async function assertReachable(url: string): Promise<void> {
  let protocol = "";
  try {
    protocol = new URL(url).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "postgresql:" && protocol !== "postgres:") {
    throw new Error("DATABASE_URL is not a Postgres URL (expected postgresql://user:password@host:5432/database).");
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 8_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = (error as Error).message || String(error);
    throw new Error(`Cannot connect to the database in DATABASE_URL (${describeUrl(url)}): ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates `database` on the server of `adminUrl` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

type PrepareOptions = {
  stateDir: string;
  /** The embedded server's passwords: its superuser (the owner) and the app's own role. */
  secrets: { postgresPassword: string; appPassword: string };
  log: (line: string) => void;
  /** See startEmbeddedPostgres: "owner" runs the desk's server, "guest" uses a running desk's. */
  role?: "owner" | "guest";
  /** Restart the embedded server on the same port when it stops unexpectedly (npm start). */
  supervise?: boolean;
};

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000];

export async function prepareDatabase(opts: PrepareOptions): Promise<PreparedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    const owner = process.env.MIGRATION_DATABASE_URL || external;
    if (owner !== external) await assertReachable(owner);
    return { url: external, ownerUrl: owner, embedded: false, stop: async () => undefined };
  }
  const preferredPort = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : 54329;
  const start = (port: number) =>
    startEmbeddedPostgres({ stateDir: opts.stateDir, password: opts.secrets.postgresPassword, port, log: opts.log, role: opts.role });
  let server = await start(preferredPort);
  if (server.attached) opts.log(`Using the running desk's database on port ${server.port}.`);
  let stopped = false;
  // The app keeps its connection string: the server comes back on the same port.
  const supervise = (running: RunningPostgres) =>
    running.onUnexpectedExit(async (reason) => {
      opts.log(`Postgres stopped unexpectedly (${reason}); restarting it.`);
      for (let attempt = 0; !stopped; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]));
        try {
          server = await start(running.port);
          if (server.port !== running.port) throw new Error(`port ${running.port} is taken`);
          opts.log("Postgres is back.");
          supervise(server);
          return;
        } catch (error) {
          opts.log(`Postgres did not start again: ${(error as Error).message.split("\n")[0]}`);
        }
      }
    });
  if (opts.supervise) supervise(server);
  await ensureDatabase(server.url("postgres"), "factcheck");
  await ensureAppRole(server.url("postgres"), APP_ROLE, opts.secrets.appPassword);
  const ownerUrl = server.url("factcheck");
  const stop = async () => {
    stopped = true;
    await server.stop();
  };
  return { url: withRole(ownerUrl, APP_ROLE, opts.secrets.appPassword), ownerUrl, embedded: true, stop };
}

/**
 * Runs `work` (migrating, seeding) while holding a database-wide advisory lock, so that several
 * app processes started together on one database take turns: the first migrates and seeds, the
 * others then find it done.
 */
export async function whileStarting<T>(database: PreparedDatabase, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.ownerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('factcheck-start'))");
    return await work();
  } finally {
    await client.end();
  }
}

/** Applies the migrations as the owner, then gives the app's role what it needs (and no more). */
export async function migrateDatabase(database: PreparedDatabase, log: (line: string) => void): Promise<void> {
  await migrateDeploy(database.ownerUrl);
  if (roleOf(database.ownerUrl) !== roleOf(database.url)) {
    await grantAppPrivileges(database.ownerUrl, roleOf(database.url));
  } else {
    log(
      "The app connects as the owner of its tables, so the database cannot stop it from changing publications or the audit log. Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a role that owns nothing (see the README).",
    );
  }
}
