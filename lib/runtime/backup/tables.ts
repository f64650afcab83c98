// The desk's tables as the backup sees them: every table of the public schema but Prisma's own,
// in an order that inserts referenced rows before the rows that reference them. References that
// would make that impossible (an article and its current revision point at each other; a reply
// points at a comment of its own table) are nullable: those columns are filled in after all rows are in.
import type pg from "pg";

export type DataTable = {
  name: string;
  primaryKey: string[];
  /** Columns restored as null first and set once every table is in. */
  deferred: string[];
};

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

type ForeignKey = { table: string; referenced: string; column: string; nullable: boolean };

export async function dataTables(client: pg.Client): Promise<DataTable[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    )
  ).rows.map((row) => row.name);
  const keys = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname::text AS table, array_agg(a.attname::text ORDER BY k.ord) AS columns
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND con.contype = 'p' GROUP BY c.relname`);
  const foreign = (
    await client.query<ForeignKey>(`
    SELECT c.relname::text AS table, r.relname::text AS referenced, a.attname::text AS column, NOT a.attnotnull AS nullable
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
    WHERE n.nspname = 'public' AND con.contype = 'f'`)
  ).rows;
  const primary = new Map(keys.rows.map((row) => [row.table, row.columns]));

  // Order by the references that must hold at insert time (NOT NULL ones).
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table)) return;
    if (visiting.has(table)) throw new Error(`Required references form a cycle through ${table}: the backup cannot order it.`);
    visiting.add(table);
    for (const fk of foreign) if (fk.table === table && !fk.nullable && fk.referenced !== table) visit(fk.referenced);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  const position = (table: string) => ordered.indexOf(table);
  return ordered.map((name) => ({
    name,
    primaryKey: primary.get(name) ?? [],
    // A nullable reference to a table not yet restored (or to its own) is filled in afterwards.
    deferred: foreign.filter((fk) => fk.table === name && fk.nullable && position(fk.referenced) >= position(name)).map((fk) => fk.column),
  }));
}

export const orderByOf = (table: DataTable) => (table.primaryKey.length ? table.primaryKey.map(quoteIdent).join(", ") : "ctid");
