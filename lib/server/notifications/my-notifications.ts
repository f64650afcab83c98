// A person's own notifications: the unread count in the navigation, the Notifications page
// (newest first, a page at a time), opening one and marking all read. Kinds the person turned
// off "In the app" are left out of both, whatever is stored (rows kept for email only).
import { db } from "@/lib/db";
import { notificationPath } from "@/lib/domain/notifications/notification-kinds";
import { AppError } from "@/lib/errors";
import { type Actor, assertCan } from "@/lib/permissions";
import { listNotificationsSchema, markAllNotificationsReadSchema, openNotificationSchema } from "@/lib/schemas/notification";
import { defineUseCase } from "../use-case";

export const NOTIFICATIONS_PER_PAGE = 30;

async function visibleTo(userId: string) {
  const hidden = await db.notificationSetting.findMany({ where: { userId, inApp: false }, select: { kind: true } });
  return { userId, kind: { notIn: hidden.map((row) => row.kind) } };
}

/** How many unread notifications the actor has (the navigation's "Notifications (n new)"). */
export async function countUnreadNotifications({ actor }: { actor: Actor | null }) {
  assertCan(actor, "notifications.use");
  return db.notification.count({ where: { ...(await visibleTo(actor.id)), readAt: null } });
}

export const listMyNotifications = defineUseCase(
  { permission: "notifications.use", schema: listNotificationsSchema, invalid: "No such page of notifications." },
  async ({ actor, input }) => {
    const rows = await db.notification.findMany({
      where: await visibleTo(actor.id),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * NOTIFICATIONS_PER_PAGE,
      // One more than shown tells whether there is an older page.
      take: NOTIFICATIONS_PER_PAGE + 1,
      select: { id: true, kind: true, message: true, createdAt: true, readAt: true, actor: { select: { name: true } } },
    });
    return {
      page: input.page,
      hasOlder: rows.length > NOTIFICATIONS_PER_PAGE,
      notifications: rows
        .slice(0, NOTIFICATIONS_PER_PAGE)
        .map(({ readAt, actor: who, ...row }) => ({ ...row, unread: !readAt, actor: who?.name ?? null })),
    };
  },
);

/** Marks one of the actor's notifications read and answers where it leads. */
export const openNotification = defineUseCase(
  { permission: "notifications.use", schema: openNotificationSchema, invalid: "Not a notification." },
  async ({ actor, input }) => {
    const found = await db.notification.findFirst({
      where: { id: input.notificationId, userId: actor.id },
      select: { claimId: true, articleId: true, readAt: true, claim: { select: { deletedAt: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND", "That notification is not yours or no longer exists.");
    if (!found.readAt) await db.notification.update({ where: { id: input.notificationId }, data: { readAt: new Date() } });
    // A deleted claim has no workbench panel: its article is still worth opening.
    return notificationPath({ articleId: found.articleId, claimId: found.claim?.deletedAt ? null : found.claimId });
  },
);

export const markAllNotificationsRead = defineUseCase(
  { permission: "notifications.use", schema: markAllNotificationsReadSchema, invalid: "Nothing to mark." },
  async ({ actor, input }) => {
    const { count } = await db.notification.updateMany({
      where: { userId: actor.id, readAt: null, createdAt: { lte: input.seenAt } },
      data: { readAt: new Date() },
    });
    return { marked: count };
  },
);
