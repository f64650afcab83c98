// Postgres refuses to run as root. When we are root, its binaries run as the OS user `postgres`
// (created if missing), and everything it touches must be reachable by that user.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

export type OsUser = { uid: number; gid: number; name: string };

export const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function lookup(name: string): OsUser | null {
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(":");
  return { name, uid: Number(uid), gid: Number(gid) };
}

/** The unprivileged user that runs Postgres when we are root; null when we are not root. */
export function postgresOsUser(): OsUser | null {
  if (!isRoot()) return null;
  const existing = lookup("postgres");
  if (existing) return existing;
  execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
  const created = lookup("postgres");
  if (!created) throw new Error("Could not create the `postgres` OS user needed to run Postgres as root.");
  return created;
}

/** Whether `user` can do `test <flag> path` (e.g. -x to enter, -w to write). */
export function userCan(user: OsUser | null, flag: "-x" | "-w" | "-r", target: string): boolean {
  const result = spawnSync("test", [flag, target], user ? { uid: user.uid, gid: user.gid } : {});
  return result.status === 0;
}

/** Recursively hand a directory to `user` (no-op when not root). */
export function chownTree(user: OsUser | null, target: string) {
  if (!user) return;
  execFileSync("chown", ["-R", `${user.uid}:${user.gid}`, target]);
}
