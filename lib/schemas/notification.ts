import { z } from "zod";
import { NOTIFICATION_KINDS } from "../domain/notifications/notification-kinds";
import { idSchema } from "./common";

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** A page of one's notifications, newest first (page 1 is the newest). */
export const listNotificationsSchema = z.object({ page: z.coerce.number().int().min(1).max(1000).default(1) });

export const openNotificationSchema = z.object({ notificationId: idSchema });

/** Marks read what was on the page when it was shown (`seenAt`), not what arrived since. */
export const markAllNotificationsReadSchema = z.object({
  seenAt: z.iso.datetime({ message: "Reload the page, then mark all as read." }).transform((value) => new Date(value)),
});

/** Every kind once, with its two channels. */
export const saveNotificationSettingsSchema = z.object({
  settings: z
    .array(z.object({ kind: notificationKindSchema, inApp: z.boolean(), email: z.boolean() }))
    .length(NOTIFICATION_KINDS.length, "Choose for every kind of notification.")
    .refine((rows) => new Set(rows.map((row) => row.kind)).size === rows.length, "Each kind once."),
});
export type SaveNotificationSettingsInput = z.infer<typeof saveNotificationSettingsSchema>;
