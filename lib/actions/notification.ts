"use server";
// Thin adapters for the Notifications page: form → input → session actor → use-case → result.
import { getActor } from "@/lib/auth/get-actor";
import type { ActionResult } from "@/lib/errors";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications/notification-kinds";
import { markAllNotificationsRead } from "@/lib/server/notifications/my-notifications";
import { saveNotificationSettings } from "@/lib/server/notifications/notification-settings";
import { attempt } from "./attempt";

type Previous = ActionResult<unknown> | null;

export async function markAllNotificationsReadAction(_: Previous, form: FormData) {
  return attempt(
    async () => markAllNotificationsRead({ actor: await getActor(), input: { seenAt: form.get("seenAt") } }),
    () => "/notifications",
  );
}

/** A checked box is present in the form, an unchecked one absent: every kind gets both answers. */
export async function saveNotificationSettingsAction(_: Previous, form: FormData) {
  const settings = NOTIFICATION_KINDS.map((kind) => ({
    kind,
    inApp: form.get(`${kind}.inApp`) === "on",
    email: form.get(`${kind}.email`) === "on",
  }));
  return attempt(
    async () => saveNotificationSettings({ actor: await getActor(), input: { settings } }),
    () => "/notifications/settings",
  );
}
