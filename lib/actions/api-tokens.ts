"use server";
// Thin adapters for Admin → API tokens: form → use-case → result (the new token travels back once).
import { getActor } from "@/lib/auth/get-actor";
import type { ActionResult } from "@/lib/errors";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { attempt } from "./attempt";

type Previous = ActionResult<unknown> | null;
const text = (form: FormData, name: string) => {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value : undefined;
};

export async function createApiTokenAction(_: Previous, form: FormData) {
  return attempt(
    async () => createApiToken({ actor: await getActor(), input: { name: text(form, "name"), scope: text(form, "scope") } }),
    () => "/admin/tokens",
  );
}

export async function revokeApiTokenAction(_: Previous, form: FormData) {
  return attempt(
    async () => revokeApiToken({ actor: await getActor(), input: { tokenId: text(form, "tokenId") } }),
    () => "/admin/tokens",
  );
}
