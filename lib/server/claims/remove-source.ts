// Removes a source from a claim after the editor confirmed. Like adding one, it changes the
// evidence: approvals are voided and a claim in review or approved returns to draft.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { removeSourceSchema } from "@/lib/schemas/source";
import { defineUseCase } from "../use-case";
import { editEvidence } from "./edit-evidence";

export const removeSource = defineUseCase(
  { permission: "claim.edit", schema: removeSourceSchema, invalid: "Choose a source to remove." },
  async ({ actor, input }) => {
    const { claimId, version, sourceId } = input;
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
  },
);
