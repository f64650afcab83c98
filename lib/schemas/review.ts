// Workflow inputs: submitting a claim, and a reviewer's decision on the verdict version they read.
import { z } from "zod";

const id = z.string().min(1).max(64);

export const claimVersionSchema = z.object({ claimId: id, version: z.number().int().min(1) });

export const approveClaimSchema = z.object({
  claimId: id,
  /** The verdict version the reviewer read: a newer one means they judged something else. */
  verdictVersion: z.number().int().min(1),
});

export const requestChangesSchema = approveClaimSchema.extend({
  reason: z.string().trim().min(1, "Say what needs to change.").max(4000),
});
