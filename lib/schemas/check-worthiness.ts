import { z } from "zod";
import { idSchema } from "./common";

export const MAX_CHECK_WORTHINESS_TEXT = 100_000;

export const checkWorthinessInputSchema = z.object({
  text: z.string().max(MAX_CHECK_WORTHINESS_TEXT, `Send at most ${MAX_CHECK_WORTHINESS_TEXT.toLocaleString("en")} characters.`),
});

export const suggestClaimsSchema = z.object({ articleId: idSchema });
