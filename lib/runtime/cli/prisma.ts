// `npm run db:migrate` and friends: runs the Prisma CLI as the owner of the tables (MIGRATION_DATABASE_URL,
// else DATABASE_URL), or against the embedded Postgres (started for the duration of the command).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { prepareDatabase } from "../database";
import { loadSecrets, projectRoot, stateDir } from "../state";

async function main() {
  const dir = stateDir();
  const secrets = loadSecrets(dir);
  const database = await prepareDatabase({ stateDir: dir, secrets, log: console.log, role: "guest" });
  const cli = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.ownerUrl },
  });
  await database.stop();
  process.exit(result.status ?? 1);
}

main().catch((error: unknown) => {
  console.error(`[factcheck] ${(error as Error).message}`);
  process.exit(1);
});
