// Local state of an install: the embedded database and generated secrets, under a git-ignored folder.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(__dirname, "..", "..");

/** `.data/` in the project unless FACTCHECK_DATA_DIR says otherwise (tests use their own). */
export function stateDir(): string {
  return path.resolve(process.env.FACTCHECK_DATA_DIR ?? path.join(projectRoot, ".data"));
}

type Secrets = { authSecret: string; postgresPassword: string };

/** Secrets generated on first start and reused afterwards (file mode 600). */
export function loadSecrets(dir: string): Secrets {
  const file = path.join(dir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  fs.mkdirSync(dir, { recursive: true });
  const secrets: Secrets = {
    authSecret: crypto.randomBytes(32).toString("base64url"),
    postgresPassword: crypto.randomBytes(18).toString("base64url"),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
