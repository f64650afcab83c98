"use server";
// Thin adapters for bulk actions: raw input → session actor → use-case (which parses it) → result.
import { getActor } from "@/lib/auth/get-actor";
import type { BulkUpdateArticlesInput, BulkUpdateClaimsInput } from "@/lib/schemas/bulk";
import { bulkUpdateArticles } from "@/lib/server/claims/bulk-update-articles";
import { bulkUpdateClaims } from "@/lib/server/claims/bulk-update-claims";
import { attempt } from "./attempt";

export async function bulkUpdateClaimsAction(input: BulkUpdateClaimsInput) {
  return attempt(
    async () => bulkUpdateClaims({ actor: await getActor(), input }),
    () => "/claims",
  );
}

export async function bulkUpdateArticlesAction(input: BulkUpdateArticlesInput) {
  return attempt(
    async () => bulkUpdateArticles({ actor: await getActor(), input }),
    () => "/articles",
  );
}
