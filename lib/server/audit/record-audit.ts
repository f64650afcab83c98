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
  changes?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...input, changes: input.changes ?? {} } });
}

/** The before/after pairs of the fields whose values differ. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes as Prisma.InputJsonValue;
}
