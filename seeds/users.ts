import crypto from "node:crypto";
import { hashPassword } from "@/lib/server/users/password";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/permissions";

export const DEMO_PASSWORD_DEFAULT = "factcheck-demo";

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: "admin@example.org", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@example.org", name: "Elena Editor", role: "EDITOR" },
  { email: "editor2@example.org", name: "Eduardo Editor", role: "EDITOR" },
  { email: "reviewer@example.org", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@example.org", name: "Ravi Reviewer", role: "REVIEWER" },
];

// Without demo accounts (an external database), the sample is credited to these accounts, which
// cannot sign in (disabled, random password).
const SAMPLE_DESK = {
  editor: { email: "sample-editor@factcheck.invalid", name: "Sample desk editor", role: "EDITOR" as const },
  reviewer: { email: "sample-reviewer@factcheck.invalid", name: "Sample desk reviewer", role: "REVIEWER" as const },
};

async function upsertUser(tx: Tx, user: { email: string; name: string; role: Role }, password: string, disabled: boolean) {
  const existing = await tx.user.findUnique({ where: { email: user.email } });
  if (existing) return existing;
  return tx.user.create({ data: { ...user, disabled, passwordHash: await hashPassword(password) } });
}

/** Demo accounts with DEMO_PASSWORD (default factcheck-demo). Idempotent; never changes existing accounts. */
export async function seedDemoUsers(tx: Tx, password = process.env.DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT) {
  const byEmail = new Map<string, string>();
  for (const user of DEMO_USERS) byEmail.set(user.email, (await upsertUser(tx, user, password, false)).id);
  return byEmail;
}

/** Who the sample fact-check is credited to: demo accounts when present, else disabled desk accounts. */
export async function sampleAuthors(tx: Tx, demoUsers: Map<string, string> | null) {
  if (demoUsers) {
    return { editorId: demoUsers.get("editor@example.org")!, reviewerId: demoUsers.get("reviewer@example.org")! };
  }
  const unusable = crypto.randomBytes(24).toString("base64url");
  const editor = await upsertUser(tx, SAMPLE_DESK.editor, unusable, true);
  const reviewer = await upsertUser(tx, SAMPLE_DESK.reviewer, unusable, true);
  return { editorId: editor.id, reviewerId: reviewer.id };
}
