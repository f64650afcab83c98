// The one way anything tells a person about something that concerns them (a claim assigned to
// them, a mention, changes requested, an approval, a publication, a claim due soon). Called inside
// the writing transaction, so a notification exists exactly when what it reports happened.
// Nobody is notified of their own doing.
import type { Db, Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export type NotificationEvent = {
  kind: NotificationKind;
  /** Everyone concerned; the actor and repeats are dropped. */
  recipientIds: (string | null | undefined)[];
  actorId: string | null;
  claimId?: string | null;
  articleId?: string | null;
  /** One line, as the Notifications page and the email show it. */
  message: string;
  /** For notifications that must happen once (a claim due soon, per due date). */
  dedupeKey?: string;
};

export async function notify(client: Tx | Db, events: NotificationEvent[]): Promise<void> {
  const rows = events.flatMap((event) =>
    [...new Set(event.recipientIds)]
      .filter((id): id is string => Boolean(id) && id !== event.actorId)
      .map((userId) => ({
        userId,
        kind: event.kind,
        actorId: event.actorId,
        claimId: event.claimId ?? null,
        articleId: event.articleId ?? null,
        message: event.message,
        dedupeKey: event.dedupeKey ? `${event.dedupeKey}:${userId}` : null,
      })),
  );
  if (rows.length) await client.notification.createMany({ data: rows, skipDuplicates: true });
}
