import { z } from "zod";
import { formNumberSchema, wholeNumber } from "./common";

export const similarClaimsInputSchema = z.object({
  text: z.string().trim().min(3, "Describe the claim in at least 3 characters.").max(1000, "Keep the claim under 1,000 characters."),
  limit: formNumberSchema(wholeNumber().min(1, "Ask for at least 1.").max(50, "Ask for at most 50.")).default(10),
});
