"use server";
// Thin adapter of the admin page "Reference archive": pasted JSON or a file → JSON → the import use-case.
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { claimReviewImportFormSchema, type ImportClaimReviewsResult, MAX_IMPORT_BYTES } from "@/lib/schemas/reference";
import { importClaimReviews } from "@/lib/server/reference/import-claim-reviews";
import { parseInput } from "@/lib/server/use-case";
import { attempt } from "./attempt";

export async function importClaimReviewsAction(_previous: unknown, form: FormData): Promise<ActionResult<ImportClaimReviewsResult>> {
  return attempt(
    async () => {
      if (!(form instanceof FormData)) throw new AppError("INVALID_INPUT", "Send the import form.");
      // Asked first as well, so nobody else makes the server read up to 5 MB of JSON; the use-case decides.
      const actor = await getActor();
      assertCan(actor, importClaimReviews.permission);
      const json = form.get("json");
      const file = form.get("file");
      // An empty file input still sends a part (without JavaScript): no bytes means no file.
      const chosen = file instanceof File && file.size > 0 ? file : null;
      const { body } = parseInput(
        claimReviewImportFormSchema,
        {
          json: typeof json === "string" ? json : "",
          fileName: chosen?.name ?? "",
          fileSize: chosen?.size ?? 0,
          // A file over the limit is refused by its size without being read.
          fileText: chosen && chosen.size <= MAX_IMPORT_BYTES ? await chosen.text() : "",
        },
        "Nothing was imported.",
      );
      return importClaimReviews({ actor, input: body });
    },
    () => "/admin/reference",
  );
}
