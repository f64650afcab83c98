// The one way anything tells a person about something that concerns them (a claim assigned to
// them, a mention, changes requested, an approval, a publication, a claim due soon). Called inside
// the writing transaction, so a notification exists exactly when what it reports happened.
// Nobody is notified of their own doing, and each person's settings decide what they get:
// - in the app off and no email to send → no row at all;
// - in the app off but email on → a row the email job sends, born read and left off the page
//   (the page shows only kinds the person has on; see my-notifications.ts);
// - email on and SMTP_URL set → emailState PENDING, picked up by send-emails.ts exactly once.
import type { Db, Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { emailConfigured } from "./email-config";

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
  const wanted = events.map((event) => ({
    event,
    recipients: [...new Set(event.recipientIds)].filter((id): id is string => Boolean(id) && id !== event.actorId),
  }));
  const ids = [...new Set(wanted.flatMap((w) => w.recipients))];
  if (ids.length === 0) return;
  // Disabled accounts read nothing and must not be emailed.
  const people = await client.user.findMany({
    where: { id: { in: ids }, disabled: false },
    select: { id: true, notificationSettings: { select: { kind: true, inApp: true, email: true } } },
  });
  const settings = new Map(people.map((person) => [person.id, person.notificationSettings]));
  const email = emailConfigured();
  const now = new Date();
  const seen = new Set<string>();
  const rows = wanted.flatMap(({ event, recipients }) =>
    recipients.flatMap((userId) => {
      const stored = settings.get(userId);
      if (!stored) return [];
      const choice = stored.find((row) => row.kind === event.kind) ?? { inApp: true, email: true };
      const sendEmail = email && choice.email;
      // One notice per person, kind and subject in a call (creator and assignee may be one person).
      const key = `${userId}|${event.kind}|${event.claimId ?? ""}|${event.articleId ?? ""}|${event.dedupeKey ?? ""}`;
      if ((!choice.inApp && !sendEmail) || seen.has(key)) return [];
      seen.add(key);
      return [
        {
          userId,
          kind: event.kind,
          actorId: event.actorId,
          claimId: event.claimId ?? null,
          articleId: event.articleId ?? null,
          message: event.message,
          readAt: choice.inApp ? null : now,
          emailState: sendEmail ? ("PENDING" as const) : null,
          dedupeKey: event.dedupeKey ? `${event.dedupeKey}:${userId}` : null,
        },
      ];
    }),
  );
  // skipDuplicates is ON CONFLICT DO NOTHING: of two runs racing on a dedupeKey, one row survives.
  if (rows.length) await client.notification.createMany({ data: rows, skipDuplicates: true });
}
