// `npm run token:create -- --name NAME --scope read|write`: creates an API token and prints only the
// token (for scripts: TOKEN=$(npm run -s token:create -- …)). Recorded as created by the desk's
// first admin. Uses DATABASE_URL, or the embedded database.
import { parseArgs } from "node:util";
import { migrateDatabase, prepareDatabase } from "../database";
import { loadSecrets, stateDir } from "../state";

const USAGE = `Usage: npm run -s token:create -- --name NAME [--scope read|write]

Creates an API token and prints only the token. The scope is read unless --scope write is given.
The token is shown once: the desk keeps only its hash. Revoke it under Admin → API tokens.`;

async function main() {
  const { values } = parseArgs({
    options: { name: { type: "string" }, scope: { type: "string", default: "read" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return void console.log(USAGE);
  if (!values.name?.trim()) {
    console.error(`--name is required: who or what uses the token, e.g. --name "Partner dashboard".\n\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  const dir = stateDir();
  const database = await prepareDatabase({ stateDir: dir, secrets: loadSecrets(dir), log: () => undefined, role: "guest" });
  // Brought up to date first, so the command works on a database `npm start` has not migrated yet.
  await migrateDatabase(database, () => undefined);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import("../../db");
  const { createApiToken } = await import("../../server/api-tokens/manage-api-tokens");
  const { findActor } = await import("../../server/users/find-actor");
  try {
    const admin = await db.user.findFirst({
      where: { role: "ADMIN", disabled: false },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const actor = admin && (await findActor(admin.id));
    if (!actor) {
      const { AppError } = await import("../../errors");
      throw new AppError("INVALID_STATE", "No enabled admin account: create one with `npm run user:create -- --role ADMIN …` first.");
    }
    const created = await createApiToken({ actor, input: { name: values.name, scope: values.scope } });
    process.stdout.write(`${created.token}\n`);
  } catch (error) {
    const { toActionResult } = await import("../../errors");
    const result = toActionResult(error);
    if (!result.ok) {
      console.error(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) console.error(`  --${field}: ${messages?.join(" ")}`);
    }
    process.exitCode = 1;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
