// Local state of an install: the embedded database and generated secrets, under a git-ignored folder.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(__dirname, "..", "..");

/** `.data/` in the project unless FACTCHECK_DATA_DIR says otherwise (tests use their own). */
export function stateDir(): string {
  return path.resolve(process.env.FACTCHECK_DATA_DIR ?? path.join(projectRoot, ".data"));
}

type Secrets = { authSecret: string; postgresPassword: string; appPassword: string };

const random = (bytes: number) => crypto.randomBytes(bytes).toString("base64url");

/** Secrets generated on first start and reused afterwards (file mode 600); new kinds are added to old files. */
export function loadSecrets(dir: string): Secrets {
  const file = path.join(dir, "secrets.json");
  const stored = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>) : {};
  const secrets: Secrets = {
    authSecret: stored.authSecret ?? random(32),
    postgresPassword: stored.postgresPassword ?? random(18),
    appPassword: stored.appPassword ?? random(18),
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
