// `npm run user:create -- --email a@b.org --name "A B" --role ADMIN` (password from NEW_USER_PASSWORD
// or typed at the prompt). Uses DATABASE_URL, or the embedded database.
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { migrateDatabase, prepareDatabase } from "../database";
import { loadSecrets, stateDir } from "../state";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "EDITOR" } },
  });
  let password = process.env.NEW_USER_PASSWORD;
  if (!password) {
    const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
    password = await prompt.question("Password (at least 12 characters): ");
    prompt.close();
  }
  const dir = stateDir();
  const database = await prepareDatabase({ stateDir: dir, secrets: loadSecrets(dir), log: () => undefined, role: "guest" });
  // Brought up to date first, so the command works on a database `npm start` has not migrated yet.
  await migrateDatabase(database, () => undefined);
  process.env.DATABASE_URL = database.url;
  const { createAccount } = await import("../../server/users/create-account");
  const { disconnectDb } = await import("../../db");
  try {
    const user = await createAccount({ actor: "operator", input: { ...values, role: values.role?.toUpperCase(), password } });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
  } catch (error) {
    const { toActionResult } = await import("../../errors");
    const result = toActionResult(error);
    if (!result.ok) {
      console.error(result.message);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) console.error(`  ${field}: ${messages?.join(" ")}`);
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
