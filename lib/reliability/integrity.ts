// Cross-checks of the database after faults: every version step of a claim has its audit event,
// every publication its publish event, and no publication shows a claim without its reviewers.
import pg from "pg";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";

/** One query on its own connection. */
export async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function integrityProblems(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const problems: string[] = [];
  try {
    const claims = (await client.query<{ id: string; version: number }>(`SELECT id, version FROM "Claim"`)).rows;
    const steps = (
      await client.query<{ entityId: string; after: number }>(
        `SELECT "entityId", (changes->'version'->>'after')::int AS after FROM "AuditEvent" WHERE "entityType" = 'Claim' AND changes ? 'version'`,
      )
    ).rows;
    const byClaim = new Map<string, number[]>();
    for (const step of steps) byClaim.set(step.entityId, [...(byClaim.get(step.entityId) ?? []), step.after]);
    for (const claim of claims) {
      const recorded = (byClaim.get(claim.id) ?? []).sort((a, b) => a - b);
      const expected = Array.from({ length: claim.version - 1 }, (_, index) => index + 2);
      if (recorded.join() !== expected.join())
        problems.push(
          `claim ${claim.id} is at version ${claim.version} but its audit log records steps to ${recorded.join(", ") || "none"}`,
        );
    }
    const publications = (
      await client.query<{ articleId: string; version: number; snapshot: unknown }>(
        `SELECT "articleId", version, snapshot FROM "Publication"`,
      )
    ).rows;
    const published = new Set(
      (
        await client.query<{ key: string }>(
          `SELECT "entityId" || '@' || (changes->>'version') AS key FROM "AuditEvent" WHERE action = 'publish'`,
        )
      ).rows.map((row) => row.key),
    );
    for (const publication of publications) {
      if (!published.has(`${publication.articleId}@${publication.version}`))
        problems.push(`publication ${publication.articleId} v${publication.version} has no publish event`);
      for (const claim of publicationSnapshotSchema.parse(publication.snapshot).claims) {
        if (claim.reviewers.length === 0)
          problems.push(`publication ${publication.articleId} v${publication.version} shows “${claim.text}” without reviewers`);
      }
    }
  } finally {
    await client.end();
  }
  return problems;
}
