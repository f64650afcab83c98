// Corrects a source of a claim (its address, title, passage…). Like adding or removing one, it
// changes the evidence: approvals are voided and a claim in review or approved returns to draft.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editSourceSchema } from "@/lib/schemas/source";
import { defineUseCase } from "../use-case";
import { editEvidence } from "./edit-evidence";

export const editSource = defineUseCase(
  { permission: "claim.edit", schema: editSourceSchema, invalid: "Check the highlighted fields." },
  async ({ actor, input }) => {
    const { claimId, version, sourceId, ...fields } = input;
    const source = await db.source.findFirst({ where: { id: sourceId, claimId } });
    if (!source) throw new AppError("NOT_FOUND", "That source is no longer on this claim.");
    const { version: newVersion, state } = await editEvidence({
      actor,
      claim: claimId,
      version,
      action: "edit-source",
      changes: { sources: { before: { title: source.title, url: source.url }, after: { title: fields.title, url: fields.url } } },
      write: (tx) => tx.source.update({ where: { id: sourceId }, data: fields }),
    });
    return { version: newVersion, state };
  },
);
