// Adds a source to a claim. Sources are evidence: a claim in review or approved returns to draft
// and its approvals are voided (DESIGN.md workflow).
import { addSourceSchema } from "@/lib/schemas/source";
import { defineUseCase } from "../use-case";
import { editEvidence } from "./edit-evidence";

export const addSource = defineUseCase(
  { permission: "claim.edit", schema: addSourceSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { claimId, version, ...source } = input;
    const { result, ...claim } = await editEvidence({
      actor,
      claim: claimId,
      version,
      action: "add-source",
      changes: { sources: { before: null, after: { title: source.title, url: source.url } } },
      write: (tx, { sourceCount }) => tx.source.create({ data: { ...source, claimId, position: sourceCount } }),
    });
    return { source: result, ...claim };
  },
);
