// Builds the Next app only when its sources changed since the last build, so `npm start` is fast
// after the first run and `npm test` builds exactly once.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./state";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.js", "package-lock.json", "tsconfig.json", "proxy.ts", "prisma/schema.prisma"];
const stampFile = () => path.join(projectRoot, ".next", "factcheck-source-stamp");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listFiles(full);
    return entry.name.endsWith(".test.ts") ? [] : [full];
  });
}

/** A fingerprint of everything the production build depends on (paths, sizes, contents). */
export function sourceStamp(): string {
  const hash = crypto.createHash("sha256");
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => listFiles(path.join(projectRoot, dir))),
    ...SOURCE_FILES.map((file) => path.join(projectRoot, file)).filter((file) => fs.existsSync(file)),
  ].sort();
  for (const file of files) {
    hash.update(path.relative(projectRoot, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

function buildIsCurrent(stamp: string): boolean {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  return fs.existsSync(buildId) && fs.existsSync(stampFile()) && fs.readFileSync(stampFile(), "utf8") === stamp;
}

export async function buildIfNeeded(log: (line: string) => void): Promise<void> {
  const stamp = sourceStamp();
  if (buildIsCurrent(stamp)) return;
  log("Building the app (first start or changed sources; under a minute on 2 cores)…");
  const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  fs.writeFileSync(stampFile(), stamp);
}
