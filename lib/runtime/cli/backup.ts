// `npm run backup [-- FILE]`: a consistent archive of the desk's database while it keeps working —
// the embedded one (a running desk's, or started for the occasion) or DATABASE_URL's (read as
// MIGRATION_DATABASE_URL's owner when set). Default file: backups/factcheck-<time>.backup.gz.
import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "../backup/backup-database";
import { prepareDatabase } from "../database";
import { loadSecrets, projectRoot, stateDir } from "../state";

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(process.argv[2] ?? path.join(projectRoot, "backups", `factcheck-${stamp}.backup.gz`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const dir = stateDir();
  const database = await prepareDatabase({
    stateDir: dir,
    secrets: loadSecrets(dir),
    log: (line) => console.log(`[backup] ${line}`),
    role: "guest",
  });
  const partial = `${file}.partial`;
  try {
    const counts = await backupDatabase(database.ownerUrl, fs.createWriteStream(partial));
    fs.renameSync(partial, file);
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
    console.log(
      `[backup] ${rows} rows in ${Object.keys(counts).length} tables (${counts.Publication ?? 0} publications, ${counts.AuditEvent ?? 0} audit events)`,
    );
    console.log(`[backup] Written to ${file} (${Math.ceil(fs.statSync(file).size / 1024)} KB)`);
  } finally {
    fs.rmSync(partial, { force: true });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[backup] ${(error as Error).message}`);
  process.exit(1);
});
