// Workflow inputs: submitting a claim, and a reviewer's decision on the claim version they read.
import { z } from "zod";

const id = z.string().min(1).max(64);

export const claimVersionSchema = z.object({ claimId: id, version: z.number().int().min(1) });

export const approveClaimSchema = claimVersionSchema.extend({
  /** The verdict version the reviewer read: it moves with every change to the claim's public content. */
  verdictVersion: z.number().int().min(1),
});

export const requestChangesSchema = approveClaimSchema.extend({
  reason: z.string().trim().min(1, "Say what needs to change.").max(4000),
});
