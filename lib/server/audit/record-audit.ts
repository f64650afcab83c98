// Appends to the audit log (the table refuses updates and deletes). Called inside the use-case's
// transaction, so an audited change and its audit event commit together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditInput = {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  /** { field: { before, after } } for changed fields, or any JSON detail for creations. */
  changes?: object;
};

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...input, changes: (input.changes ?? {}) as Prisma.InputJsonValue } });
}

/** JSON with object keys sorted: Postgres' jsonb reorders keys, so plain JSON.stringify would see changes that are not there. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** The before/after pairs of the fields whose values differ. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}
