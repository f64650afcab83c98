import { z } from "zod";

export const MAX_CHECK_WORTHINESS_TEXT = 100_000;

export const checkWorthinessInputSchema = z.object({
  text: z.string().max(MAX_CHECK_WORTHINESS_TEXT, `Send at most ${MAX_CHECK_WORTHINESS_TEXT.toLocaleString("en")} characters.`),
});
