// Which two revisions of an article "What changed" compares. Shared by the desk page's form and the
// use-case; revision numbers arrive as the form sends them (text) or as code passes them.
import { z } from "zod";
import { formNumberSchema, idSchema, wholeNumber } from "./common";

const revisionNumber = z.preprocess(
  (value) => (value === "" ? undefined : value),
  formNumberSchema(
    wholeNumber().min(1, "Revisions are numbered from 1.").max(1_000_000, "There is no revision with this number."),
  ).optional(),
);

export const articleChangesSchema = z
  .object({ articleId: idSchema, from: revisionNumber, to: revisionNumber })
  .refine((input) => input.from === undefined || input.from !== input.to, {
    path: ["to"],
    message: "Choose two different revisions to compare.",
  });
export type ArticleChangesInput = z.infer<typeof articleChangesSchema>;
