// The backup archive: gzip'd lines of JSON. A header (format, the migrations the data belongs to,
// the tables), then one line per row — the row exactly as Postgres wrote it as JSON, so no number
// or date is ever rounded — then a footer with the row count of every table.
export const ARCHIVE_FORMAT = "factcheck-backup";
export const ARCHIVE_VERSION = 1;

export type ArchiveHeader = { format: typeof ARCHIVE_FORMAT; version: number; createdAt: string; migrations: string[]; tables: string[] };
export type ArchiveFooter = { end: true; counts: Record<string, number> };

/** One row's line, written without parsing the row: `row` is Postgres' own JSON text. */
export const rowLine = (table: string, row: string) => `{"t":${JSON.stringify(table)},"r":${row}}\n`;
