// A consistent archive of a running desk: every table read in one REPEATABLE READ, READ ONLY
// transaction (one snapshot, while the desk keeps working), rows streamed through a cursor.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveFooter, type ArchiveHeader, rowLine } from "./archive";
import { dataTables, orderByOf, quoteIdent } from "./tables";

const BATCH = 1_000;

export async function backupDatabase(ownerUrl: string, destination: Writable): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const gzip = createGzip();
  gzip.pipe(destination);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((row) => row.name);
    const tables = await dataTables(client);
    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables: tables.map((table) => table.name),
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const table of tables) {
      counts[table.name] = 0;
      await client.query(
        `DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table.name)} t ORDER BY ${orderByOf(table)}`,
      );
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM rows`);
        for (const { row } of rows) await write(rowLine(table.name, row));
        counts[table.name] = (counts[table.name] ?? 0) + rows.length;
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE rows");
    }
    const footer: ArchiveFooter = { end: true, counts };
    await write(`${JSON.stringify(footer)}\n`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  gzip.end();
  await once(destination, "finish");
  return counts;
}
