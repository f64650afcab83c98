// `npm run restore -- FILE`: restores an archive of `npm run backup` into an empty database — a new
// FACTCHECK_DATA_DIR (before its first `npm start`) or an empty DATABASE_URL. It migrates the
// database first, restores in one transaction, and grants the app's role as `npm start` does.
import fs from "node:fs";
import path from "node:path";
import { restoreDatabase } from "../backup/restore-database";
import { migrateDatabase, prepareDatabase } from "../database";
import { ensurePrismaClient } from "../prisma-cli";
import { loadSecrets, stateDir } from "../state";

async function main() {
  const given = process.argv[2];
  if (!given) throw new Error("Name the archive: npm run restore -- backups/factcheck-….backup.gz");
  const file = path.resolve(given);
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const dir = stateDir();
  const log = (line: string) => console.log(`[restore] ${line}`);
  const database = await prepareDatabase({ stateDir: dir, secrets: loadSecrets(dir), log, role: "guest" });
  try {
    await ensurePrismaClient();
    await migrateDatabase(database, log);
    const counts = await restoreDatabase(database.ownerUrl, fs.createReadStream(file));
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    log(
      `Restored ${rows} rows in ${Object.keys(counts).length} tables (${counts.Publication ?? 0} publications, ${counts.AuditEvent ?? 0} audit events).`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[restore] ${(error as Error).message}`);
  process.exit(1);
});
