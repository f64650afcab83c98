// Removes a source from a claim after the editor confirmed. Like adding one, it changes the
// evidence: approvals are voided and a claim in review or approved returns to draft.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { removeSourceSchema } from "@/lib/schemas/source";
import { editEvidence } from "./edit-evidence";

export async function removeSource({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = removeSourceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Choose a source to remove.", parsed.error.flatten().fieldErrors);
  const { claimId, version, sourceId } = parsed.data;
  const source = await db.source.findFirst({ where: { id: sourceId, claimId } });
  if (!source) throw new AppError("NOT_FOUND", "That source is no longer on this claim.");
  const { version: newVersion, state } = await editEvidence({
    actor,
    claim: claimId,
    version,
    action: "remove-source",
    changes: { sources: { before: { title: source.title, url: source.url }, after: null } },
    write: (tx) => tx.source.delete({ where: { id: sourceId } }),
  });
  return { version: newVersion, state };
}
