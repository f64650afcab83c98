// `npm run test:reliability`: concurrency and hostile input through the use-cases (Vitest: the
// concurrency and fuzz tests), then against the production app on its own embedded Postgres: a
// load run that fails on any 5xx, malformed requests to every route and server action, and a
// Postgres kill during writes followed by an integrity cross-check. `--app-only` skips the first
// part (npm test has just run it); `--only WORD` runs the scenarios whose name has WORD. Prints the
// figures of each.
import { apiSmoke } from "@/lib/reliability/api-smoke";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startAppUnderTest } from "@/lib/reliability/app-under-test";
import { httpFuzz, killDuringWrites, loadRun } from "@/lib/reliability/scenarios";
import { twoServers } from "@/lib/reliability/two-servers";
import { ensurePrismaClient } from "../prisma-cli";
import { projectRoot } from "../state";

const log = (line: string) => console.log(`[reliability] ${line}`);

async function main() {
  await ensurePrismaClient();
  if (!process.argv.includes("--app-only")) {
    log("Concurrency and hostile input through the use-cases (Vitest)");
    const vitest = spawnSync(
      process.execPath,
      [
        path.join(projectRoot, "node_modules/vitest/vitest.mjs"),
        "run",
        "lib/server/claims/concurrency.integration.test.ts",
        "lib/server/fuzz.integration.test.ts",
        "lib/server/import/hostile-html.integration.test.ts",
      ],
      { cwd: projectRoot, stdio: "inherit" },
    );
    if (vitest.status !== 0) throw new Error("the use-case reliability tests failed");
  }
  log("Starting the production app on its own embedded Postgres…");
  const app = await startAppUnderTest(Number(process.env.RELIABILITY_PORT ?? 3150));
  const results: string[] = [];
  try {
    for (const [name, run] of [
      ["API smoke", apiSmoke],
      ["load run", loadRun],
      ["malformed requests", httpFuzz],
      ["Postgres kill during writes", killDuringWrites],
      // Last: its wrong passwords lock an account and the address for a minute.
      ["two app processes on one database", twoServers],
    ] as const) {
      // `--only two` runs the scenarios whose name contains "two" (while working on one).
      const only = process.argv[process.argv.indexOf("--only") + 1];
      if (process.argv.includes("--only") && only && !name.includes(only)) continue;
      log(`${name}…`);
      const lines = await run(app);
      for (const line of lines) log(`  ${line}`);
      results.push(...lines);
    }
  } catch (error) {
    console.error(`[reliability] FAILED: ${(error as Error).message}\n--- app output ---\n${app.output().slice(-4_000)}`);
    process.exitCode = 1;
  } finally {
    await app.stop();
  }
  if (!process.exitCode) log(`passed (${results.length} checks)`);
}

main().catch((error: unknown) => {
  console.error(`[reliability] ${(error as Error).message}`);
  process.exit(1);
});
