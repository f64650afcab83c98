import { z } from "zod";
import { idSchema } from "./common";

export const addCommentSchema = z.object({
  claimId: idSchema,
  body: z.string().trim().min(1, "Write a comment first.").max(4000, "Keep a comment under 4,000 characters."),
  /** Replies go under a top-level comment (one level, like most newsroom tools). */
  parentId: idSchema.optional(),
});
