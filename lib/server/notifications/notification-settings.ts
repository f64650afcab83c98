// Which notifications a person receives, kind by kind, in the app and by email. A kind without a
// stored row has both on; saving stores every kind, so what the page showed is what is kept.
import { db } from "@/lib/db";
import { effectiveSettings } from "@/lib/domain/notifications/notification-kinds";
import { type Actor, assertCan } from "@/lib/permissions";
import { saveNotificationSettingsSchema } from "@/lib/schemas/notification";
import { defineUseCase } from "../use-case";
import { emailConfigured } from "./email-config";

/** The actor's choices for every kind, and whether this desk sends email at all. */
export async function getNotificationSettings({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notifications.use");
  const stored = await db.notificationSetting.findMany({ where: { userId: actor.id }, select: { kind: true, inApp: true, email: true } });
  return { settings: effectiveSettings(stored), emailConfigured: emailConfigured() };
}

export const saveNotificationSettings = defineUseCase(
  { permission: "notifications.use", schema: saveNotificationSettingsSchema, invalid: "Check the notification settings." },
  async ({ actor, input }) => {
    await db.$transaction(
      input.settings.map(({ kind, inApp, email }) =>
        db.notificationSetting.upsert({
          where: { userId_kind: { userId: actor.id, kind } },
          create: { userId: actor.id, kind, inApp, email },
          update: { inApp, email },
        }),
      ),
    );
    return effectiveSettings(input.settings);
  },
);
