// Workflow inputs: submitting a claim, and a reviewer's decision on the claim version they read.
import { z } from "zod";
import { idSchema } from "./common";

const version = z.number().int().min(1).max(1_000_000_000);

export const claimVersionSchema = z.object({ claimId: idSchema, version });

export const approveClaimSchema = claimVersionSchema.extend({
  /** The verdict version the reviewer read: it moves with every change to the claim's public content. */
  verdictVersion: version,
});

export const requestChangesSchema = approveClaimSchema.extend({
  reason: z.string().trim().min(1, "Say what needs to change.").max(4000),
});
