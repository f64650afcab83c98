// API v1: check-worthiness of each sentence of a text (lib/domain/check-worthiness), for anyone.
import { scoreCheckWorthiness } from "@/lib/domain/check-worthiness/score";
import { checkWorthinessInputSchema } from "@/lib/schemas/check-worthiness";
import { definePublicUseCase } from "../use-case";

export const scoreText = definePublicUseCase(
  { schema: checkWorthinessInputSchema, invalid: "Send the text to score." },
  async ({ input }) => ({
    sentences: scoreCheckWorthiness(input.text),
  }),
);
