// Runs the Prisma CLI (JavaScript migration engine, see prisma.config.ts) as a child process.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./state";

function runPrisma(args: string[], env: Record<string, string>, quiet: boolean): Promise<void> {
  const cli = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed:\n${output.trim()}`))));
  });
}

/** Generates the client when it is missing (npm may not have run our postinstall). */
export async function ensurePrismaClient(): Promise<void> {
  // Generated again when the schema changed since (a `git pull` without `npm install`): a stale
  // client fails at build time with errors about fields that do exist.
  const generated = path.join(projectRoot, "lib", "generated", "prisma");
  const stamp = path.join(generated, ".schema-hash");
  const schema = fs.readFileSync(path.join(projectRoot, "prisma", "schema.prisma"));
  const hash = crypto.createHash("sha256").update(schema).digest("hex");
  const current = fs.existsSync(path.join(generated, "client.ts")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash;
  if (current) return;
  // The CLI needs some DATABASE_URL to read the schema, even though generate never connects.
  await runPrisma(["generate"], { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" }, true);
  fs.writeFileSync(stamp, hash);
}

/** Applies committed migrations to the database at `databaseUrl`. */
export function migrateDeploy(databaseUrl: string, quiet = true): Promise<void> {
  return runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl }, quiet);
}
