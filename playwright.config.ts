// End-to-end journeys in a real Chromium against the real app: `npm start`'s own start-up path,
// on a fresh embedded Postgres in a throw-away directory (or DATABASE_URL when set).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Set once in the main process; workers inherit it.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "factcheck-e2e-"));

/** Chromium: an explicit path, else Debian's, else Playwright's own (`npx playwright install chromium`). */
function chromiumPath(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return explicit;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds npm test's closing "N passed, N failed" line.
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        ...(isRoot ? ["--no-sandbox"] : []),
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs lib/runtime/cli/start.ts",
    url: `http://localhost:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 30_000 },
    env: {
      PORT: String(port),
      FACTCHECK_DATA_DIR: process.env.E2E_DATA_DIR,
      SEED_DEMO: "true",
      EMBEDDED_PG_PORT: "0",
      // The import journeys fetch pages from a server the test starts on 127.0.0.1.
      IMPORT_ALLOWED_HOSTS: "127.0.0.1",
      // The throttling journey sends X-Forwarded-For to sign in from addresses of its own.
      TRUST_PROXY: "true",
    },
  },
});
