"use server";
// Thin adapters for the admin pages: form data → input → session actor → use-case → result.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import type { ActionResult } from "@/lib/errors";
import { updateUser } from "@/lib/server/admin/manage-users";
import { moveRating, retireRating, saveRating } from "@/lib/server/admin/manage-rating-scale";
import { updatePublisherProfile } from "@/lib/server/admin/update-publisher-profile";
import { createAccount } from "@/lib/server/users/create-account";
import { attempt } from "./attempt";

type Previous = ActionResult<unknown> | null;
// Form fields as the use-case's raw input (it parses them); files are never part of these forms.
const fields = (form: FormData) =>
  (form instanceof FormData ? Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")) : {}) as Record<
    string,
    string
  >;

export async function createAccountAction(_: Previous, form: FormData) {
  return attempt(
    async () => createAccount({ actor: await getActor(), input: fields(form) }),
    () => "/admin/users",
  );
}

export async function changeRoleAction(_: Previous, form: FormData) {
  const { userId, role } = fields(form);
  return attempt(
    async () => updateUser({ actor: await getActor(), input: { userId, role } }),
    () => "/admin/users",
  );
}

export async function setDisabledAction(_: Previous, form: FormData) {
  const { userId, disabled } = fields(form);
  return attempt(
    async () => updateUser({ actor: await getActor(), input: { userId, disabled: disabled === "true" } }),
    () => "/admin/users",
  );
}

export async function updatePublisherProfileAction(_: Previous, form: FormData) {
  const result = await attempt(async () => updatePublisherProfile({ actor: await getActor(), input: fields(form) }));
  // The publisher's name is in every page's header.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function saveRatingAction(_: Previous, form: FormData) {
  return attempt(
    async () => saveRating({ actor: await getActor(), input: fields(form) }),
    () => "/admin/scale",
  );
}

export async function retireRatingAction(_: Previous, form: FormData) {
  return attempt(
    async () => retireRating({ actor: await getActor(), input: fields(form) }),
    () => "/admin/scale",
  );
}

export async function moveRatingAction(_: Previous, form: FormData) {
  return attempt(
    async () => moveRating({ actor: await getActor(), input: fields(form) }),
    () => "/admin/scale",
  );
}
