// `npm test`: every test in one command — unit and integration (Vitest, real Postgres), then the
// end-to-end journeys (Playwright, real Chromium), then the reliability suite against the app.
// Installs Playwright's Chromium only when no browser is available at all (a machine with internet
// and no Debian Chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensurePrismaClient } from "../prisma-cli";
import { projectRoot } from "../state";

const bin = (pkg: string, file: string) => path.join(projectRoot, "node_modules", pkg, file);

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  console.log(`\n[test] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: "inherit", env });
  return result.status ?? 1;
}

async function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || fs.existsSync("/usr/bin/chromium")) return;
  const { chromium } = await import("@playwright/test");
  if (fs.existsSync(chromium.executablePath())) return;
  const status = run("No Chromium found: installing Playwright's own", [bin("playwright", "cli.js"), "install", "chromium"]);
  if (status !== 0) throw new Error("Could not install Chromium. Install it (apt-get install chromium) or set CHROMIUM_PATH.");
}

type Counts = { passed: number; failed: number; skipped: number };

function vitestCounts(file: string): Counts {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
}

function playwrightCounts(file: string): Counts {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

function readCounts(read: () => Counts, status: number): Counts {
  try {
    return read();
  } catch {
    return { passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  }
}

async function main() {
  await ensurePrismaClient();
  const reports = path.join(projectRoot, "test-results");
  fs.rmSync(reports, { recursive: true, force: true });
  fs.mkdirSync(reports, { recursive: true });

  const vitestReport = path.join(reports, "vitest-report.json");
  const vitest = run("Unit and integration tests (Vitest)", [
    bin("vitest", "vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
  ]);

  await ensureBrowser();
  const e2eDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-e2e-"));
  fs.chmodSync(e2eDataDir, 0o755);
  const e2e = run("End-to-end journeys (Playwright, Chromium)", [bin("@playwright/test", "cli.js"), "test"], {
    ...process.env,
    E2E_DATA_DIR: e2eDataDir,
  });
  fs.rmSync(e2eDataDir, { recursive: true, force: true });

  // The reliability suite against the production app (the use-case part ran with Vitest above).
  const reliability = run("Reliability: load, malformed requests, a Postgres kill during writes", [
    bin("tsx", "dist/cli.mjs"),
    "lib/runtime/cli/reliability.ts",
    "--app-only",
  ]);
  const RELIABILITY_SCENARIOS = 3;

  const totals = [
    readCounts(() => vitestCounts(vitestReport), vitest),
    readCounts(() => playwrightCounts(path.join(reports, "e2e-report.json")), e2e),
    reliability === 0 ? { passed: RELIABILITY_SCENARIOS, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 },
  ];
  const sum = (key: keyof Counts) => totals.reduce((total, counts) => total + counts[key], 0);
  console.log(`\n${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`);
  process.exit(vitest === 0 && e2e === 0 && reliability === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`[test] ${(error as Error).message}`);
  process.exit(1);
});
