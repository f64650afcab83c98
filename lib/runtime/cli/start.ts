// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL), migrations, seed when empty,
// build when needed, then the Next server. Ctrl-C stops the server first, then Postgres.
import { spawn } from "node:child_process";
import path from "node:path";
import { configuredPublicOrigin } from "../../config/public-origin";
import { migrateDatabase, prepareDatabase, whileStarting } from "../database";
import { buildIfNeeded } from "../next-build";
import { ensurePrismaClient } from "../prisma-cli";
import { loadSecrets, projectRoot, stateDir } from "../state";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[factcheck] ${line}`);

async function main() {
  const dir = stateDir();
  const secrets = loadSecrets(dir);
  const database = await prepareDatabase({ stateDir: dir, secrets, log, role: "owner", supervise: !process.env.DATABASE_URL });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    process.exit(code);
  };
  try {
    log(database.embedded ? "Using the embedded Postgres." : "Using the Postgres in DATABASE_URL.");
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET ??= process.env.NEXTAUTH_SECRET ?? secrets.authSecret;
    process.env.NEXTAUTH_SECRET ??= process.env.AUTH_SECRET;
    if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
    if (database.embedded) process.env.SEED_DEMO ??= "true";

    await ensurePrismaClient();
    // Several processes started together on one database take turns here.
    await whileStarting(database, async () => {
      await migrateDatabase(database, log);
      const { seedIfEmpty } = await import("../../../seeds/seed");
      if (await seedIfEmpty()) log("Seeded the sample fact-check and the rating scale.");
    });
    const { disconnectDb } = await import("../../db");
    await disconnectDb();
    if (!dev) await buildIfNeeded(log);
  } catch (error) {
    console.error(`[factcheck] ${(error as Error).message}`);
    await shutdown(1);
    return;
  }

  const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const server = spawn(process.execPath, [tsx, "lib/runtime/cli/serve.ts", ...(dev ? ["--dev"] : [])], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port), NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`Serving on http://localhost:${port}`);
  const origin = configuredPublicOrigin();
  log(
    origin
      ? `Public URL: ${origin} (PUBLIC_BASE_URL); reader pages and ClaimReview use it.`
      : "Public URL: each request's own address; set PUBLIC_BASE_URL to the site's public address in production.",
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (server.exitCode === null) server.kill(signal);
    });
  }
  server.on("exit", (code, signal) => void shutdown(signal ? 0 : (code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(`[factcheck] ${(error as Error).message ?? String(error)}`);
  process.exit(1);
});
