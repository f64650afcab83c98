// Restores an archive (backup-database.ts) into an empty, migrated database, in one transaction:
// it lands whole or not at all. The migrations must match the archive's; referenced rows go in first
// (tables in dependency order, replies after the comments they answer); sequences continue after
// the restored rows; the counts are checked against the archive's footer.
import readline from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { ARCHIVE_FORMAT, type ArchiveFooter, type ArchiveHeader } from "./archive";
import { type DataTable, dataTables, quoteIdent } from "./tables";

const BATCH = 500;

async function insert(client: pg.Client, table: string, rows: string[]) {
  if (rows.length === 0) return;
  await client.query(`INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(null::${quoteIdent(table)}, $1::json)`, [
    `[${rows.join(",")}]`,
  ]);
}

/** The rows with their deferred columns emptied, and the rows that must get them back afterwards. */
function splitDeferred(table: DataTable, rows: string[]): { now: string[]; later: string[] } {
  if (table.deferred.length === 0) return { now: rows, later: [] };
  const now: string[] = [];
  const later: string[] = [];
  for (const text of rows) {
    const row = JSON.parse(text) as Record<string, unknown>;
    if (table.deferred.every((column) => row[column] === null)) {
      now.push(text);
      continue;
    }
    later.push(text);
    for (const column of table.deferred) row[column] = null;
    now.push(JSON.stringify(row));
  }
  return { now, later };
}

async function fillDeferred(client: pg.Client, table: DataTable, rows: string[]) {
  const set = table.deferred.map((column) => `${quoteIdent(column)} = v.${quoteIdent(column)}`).join(", ");
  const match = table.primaryKey.map((column) => `t.${quoteIdent(column)} = v.${quoteIdent(column)}`).join(" AND ");
  for (let index = 0; index < rows.length; index += BATCH) {
    const chunk = `[${rows.slice(index, index + BATCH).join(",")}]`;
    await client.query(
      `UPDATE ${quoteIdent(table.name)} t SET ${set} FROM json_populate_recordset(null::${quoteIdent(table.name)}, $1::json) v WHERE ${match}`,
      [chunk],
    );
  }
}

export async function restoreDatabase(ownerUrl: string, source: Readable): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const tables = await dataTables(client);
    const byName = new Map(tables.map((table) => [table.name, table]));
    for (const table of tables) {
      const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
      if (rows.length)
        throw new Error(`The database is not empty (${table.name} has rows): a backup is restored into an empty database only.`);
    }
    const applied = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((row) => row.name);

    let header: ArchiveHeader | null = null;
    let footer: ArchiveFooter | null = null;
    let current: string | null = null;
    let batch: string[] = [];
    const counts: Record<string, number> = {};
    const later = new Map<string, string[]>();
    const flush = async () => {
      if (!current) return;
      const { now, later: rest } = splitDeferred(byName.get(current)!, batch);
      await insert(client, current, now);
      if (rest.length) later.set(current, [...(later.get(current) ?? []), ...rest]);
      batch = [];
    };
    await client.query("BEGIN");
    // Created right where it is read: readline emits lines as soon as data flows, and lines emitted
    // before \`for await\` attaches (during an await in between) would be lost — the header first.
    const lines = readline.createInterface({ input: source.pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      if (!header) {
        header = JSON.parse(line) as ArchiveHeader;
        if (header.format !== ARCHIVE_FORMAT) throw new Error("This file is not a fact-check desk backup.");
        if (header.migrations.join() !== applied.join()) {
          throw new Error(
            `This backup belongs to a desk with ${header.migrations.length} migrations (last: ${header.migrations.at(-1)}); this one has ${applied.length} (last: ${applied.at(-1)}). Restore it with the version of the desk that made it, then upgrade.`,
          );
        }
        continue;
      }
      if (line.startsWith('{"end"')) {
        footer = JSON.parse(line) as ArchiveFooter;
        continue;
      }
      // The table name is read without parsing the row, which goes to Postgres as it came.
      const table = /^\{"t":("(?:[^"\\]|\\.)*"),"r":/.exec(line)?.[1];
      const rowText = table ? line.slice(line.indexOf(',"r":') + 5, -1) : null;
      const name = table ? (JSON.parse(table) as string) : null;
      if (!name || !rowText || !byName.has(name)) throw new Error(`Unexpected line in the backup: ${line.slice(0, 80)}`);
      if (name !== current) {
        await flush();
        current = name;
      }
      batch.push(rowText);
      counts[name] = (counts[name] ?? 0) + 1;
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    for (const [name, rows] of later) await fillDeferred(client, byName.get(name)!, rows);
    if (!footer) throw new Error("The backup is incomplete (it has no end): nothing was restored.");
    for (const [name, count] of Object.entries(footer.counts)) {
      if ((counts[name] ?? 0) !== count)
        throw new Error(`The backup is damaged: ${name} should have ${count} rows, it has ${counts[name] ?? 0}. Nothing was restored.`);
    }
    // Sequences (audit event numbers…) continue after the restored rows.
    const serials = await client.query<{ table: string; column: string; sequence: string }>(`
      SELECT c.relname::text AS table, a.attname::text AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
    for (const { table, column, sequence } of serials.rows) {
      await client.query(`SELECT setval($1, coalesce((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 0) + 1, false)`, [
        sequence,
      ]);
    }
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
