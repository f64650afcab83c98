// API v1: one published fact-check (its latest version, or the one asked for).
import { AppError } from "@/lib/errors";
import { getFactCheckSchema } from "@/lib/schemas/api";
import { definePublicUseCase } from "../use-case";
import { getPublishedFactCheck } from "./get-published-fact-check";

export const getFactCheck = definePublicUseCase(
  { schema: getFactCheckSchema, invalid: "Check the fact-check's address." },
  async ({ input }) => {
    const factCheck = await getPublishedFactCheck(input.slug, input.version);
    if (!factCheck)
      throw new AppError(
        "NOT_FOUND",
        input.version ? `No version ${input.version} of this fact-check is published.` : "No published fact-check has this address.",
      );
    return factCheck;
  },
);
