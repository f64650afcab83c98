// The app connects as a least-privileged role that owns nothing: migrations run as the owner of
// the tables, and the app may read and write the desk's data but only INSERT and SELECT
// publications and audit events — never UPDATE, DELETE, TRUNCATE or ALTER them. Without ownership
// or superuser rights it also cannot disable the immutability triggers, drop them, or switch them
// off with `session_replication_role`.
import pg from "pg";

/** The role the embedded database and the tests create for the app. */
export const APP_ROLE = "factcheck_app";
/** Rows that never change once written (the immutability triggers also refuse it). */
const APPEND_ONLY_TABLES = ["Publication", "AuditEvent", "ArticleRevision"];

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates the login role (or resets its password) on the server of `ownerUrl`. */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const found = await client.query("select 1 from pg_roles where rolname = $1", [role]);
    const options = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`;
    await client.query(`${found.rowCount ? "ALTER" : "CREATE"} ROLE ${ident(role)} WITH ${options}`);
  });
}

/**
 * Grants `role` exactly what the app needs in the database of `ownerUrl`; run after every
 * migration, so tables added later are covered. Idempotent.
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  const database = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  const r = ident(role);
  await withClient(ownerUrl, async (client) => {
    // One transaction: a running app never sees its privileges half revoked.
    await client.query("BEGIN");
    for (const statement of [
      `GRANT CONNECT ON DATABASE ${ident(database)} TO ${r}`,
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.map(ident).join(", ")} FROM ${r}`,
      // Prisma's own bookkeeping is the owner's business.
      `REVOKE ALL ON "_prisma_migrations" FROM ${r}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    ]) {
      await client.query(statement);
    }
    await client.query("COMMIT");
  });
}

/** The user name in a connection string. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** `url` with another user and password. */
export function withRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
