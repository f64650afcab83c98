// Adds a source to a claim. Sources are evidence: a claim in review or approved returns to draft
// and its approvals are voided (DESIGN.md workflow).
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { addSourceSchema } from "@/lib/schemas/source";
import { editEvidence } from "./edit-evidence";

export async function addSource({ actor, input }: { actor: Actor | null; input: unknown }) {
  assertCan(actor, "claim.edit");
  const parsed = addSourceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const { claimId, version, ...source } = parsed.data;
  const { result, ...claim } = await editEvidence({
    actor,
    claim: claimId,
    version,
    action: "add-source",
    changes: { sources: { before: null, after: { title: source.title, url: source.url } } },
    write: (tx, { sourceCount }) => tx.source.create({ data: { ...source, claimId, position: sourceCount } }),
  });
  return { source: result, ...claim };
}
