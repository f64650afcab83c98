"use server";
// Thin adapters for the Notifications page: form → input → session actor → use-case → result.
import { getActor } from "@/lib/auth/get-actor";
import { type ActionResult, AppError } from "@/lib/errors";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications/notification-kinds";
import { markAllNotificationsRead } from "@/lib/server/notifications/my-notifications";
import { saveNotificationSettings } from "@/lib/server/notifications/notification-settings";
import { attempt } from "./attempt";

type Previous = ActionResult<unknown> | null;

/** A form field, or null when what arrived is not a form (the server trusts no caller). */
const field = (form: unknown, name: string) => (form instanceof FormData ? form.get(name) : null);

export async function markAllNotificationsReadAction(_: Previous, form: FormData) {
  return attempt(
    async () => markAllNotificationsRead({ actor: await getActor(), input: { seenAt: field(form, "seenAt") } }),
    () => "/notifications",
  );
}

/** A checked box is present in the form, an unchecked one absent: every kind gets both answers. */
export async function saveNotificationSettingsAction(_: Previous, form: FormData) {
  return attempt(
    async () => {
      if (!(form instanceof FormData)) throw new AppError("INVALID_INPUT", "Send the settings form.");
      const settings = NOTIFICATION_KINDS.map((kind) => ({
        kind,
        inApp: field(form, `${kind}.inApp`) === "on",
        email: field(form, `${kind}.email`) === "on",
      }));
      return saveNotificationSettings({ actor: await getActor(), input: { settings } });
    },
    () => "/notifications/settings",
  );
}
