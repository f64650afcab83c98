import { z } from "zod";

export const addCommentSchema = z.object({
  claimId: z.string().min(1).max(64),
  body: z.string().trim().min(1, "Write a comment first.").max(4000, "Keep a comment under 4,000 characters."),
  /** Replies go under a top-level comment (one level, like most newsroom tools). */
  parentId: z.string().min(1).max(64).optional(),
});
