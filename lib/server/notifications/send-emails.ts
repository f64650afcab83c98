// The email job: sends the notifications queued for email (emailState PENDING) over SMTP_URL.
// Each round claims a batch with one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) that
// counts the attempt and stamps emailedAt before anything is sent, so any number of app processes
// share the queue and no two send the same email. While PENDING, emailedAt is the last attempt:
// a failed email waits retryDelayMs() before it is claimed again, and after MAX_EMAIL_ATTEMPTS it
// is FAILED with the error kept. The SMTP password never reaches a log or the database.
// Times are UTC wall-clock (AT TIME ZONE 'UTC'), as Prisma writes the column's other values.
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { MAX_EMAIL_ATTEMPTS, redactSecrets, redactSmtpUrl } from "@/lib/domain/notifications/email-retry";
import { composeNotificationEmail } from "@/lib/domain/notifications/notification-email";
import { type NotificationKind, notificationPath } from "@/lib/domain/notifications/notification-kinds";
import { emailLinkOrigin, senderAddress } from "./email-config";

type Claimed = {
  id: string;
  kind: NotificationKind;
  message: string;
  claimId: string | null;
  articleId: string | null;
  email: string;
  attempts: number;
};

/** The desk's mailer for SMTP_URL, with timeouts well inside the first retry delay (a slow send is never claimed twice). */
export function createMailer(url = process.env.SMTP_URL ?? ""): Transporter {
  return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
}

type Options = {
  mailer: Transporter;
  batch?: number;
  /** First retry delay; doubles per attempt, capped at an hour. */ retryBaseMs?: number;
};

/** One round: claims up to `batch` due emails and sends each; returns how many were sent and failed. */
export async function sendPendingEmails({ mailer, batch = 10, retryBaseMs = 60_000 }: Options) {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "Notification" n SET "emailAttempts" = n."emailAttempts" + 1, "emailedAt" = now() AT TIME ZONE 'UTC'
    FROM "User" u
    WHERE u."id" = n."userId" AND n."id" IN (
      SELECT "id" FROM "Notification"
      WHERE "emailState" = 'PENDING'
        AND ("emailedAt" IS NULL
          OR "emailedAt" <= now() AT TIME ZONE 'UTC' - make_interval(secs => LEAST(3600, ${retryBaseMs / 1000}::float8 * power(2, GREATEST("emailAttempts" - 1, 0)))))
      ORDER BY "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING n."id", n."kind"::text AS "kind", n."message", n."claimId", n."articleId", u."email", n."emailAttempts" AS "attempts"`;
  if (claimed.length === 0) return { sent: 0, failed: 0, retrying: 0 };
  const profile = await db.publisherProfile.findUnique({ where: { id: 1 }, select: { name: true } });
  const publisherName = profile?.name ?? "Fact-check desk";
  const origin = emailLinkOrigin();
  const outcome = { sent: 0, failed: 0, retrying: 0 };
  for (const row of claimed) {
    const { subject, text } = composeNotificationEmail({
      kind: row.kind,
      message: row.message,
      path: notificationPath(row),
      origin,
      publisherName,
    });
    try {
      await mailer.sendMail({ from: senderAddress(publisherName), to: row.email, subject, text });
      await db.notification.update({ where: { id: row.id }, data: { emailState: "SENT", emailedAt: new Date(), emailError: null } });
      outcome.sent++;
    } catch (error) {
      const gaveUp = row.attempts >= MAX_EMAIL_ATTEMPTS;
      await db.notification.update({
        where: { id: row.id },
        data: { emailState: gaveUp ? "FAILED" : "PENDING", emailError: redactSecrets((error as Error).message ?? String(error)) },
      });
      if (gaveUp) outcome.failed++;
      else outcome.retrying++;
    }
  }
  return outcome;
}

let started = false;

/** Starts the email job in this process when SMTP_URL is set (instrumentation.ts calls it). */
export function startSendingEmails(log: (line: string) => void, everyMs = 15_000) {
  const url = process.env.SMTP_URL?.trim();
  if (!url || started) return;
  started = true;
  const mailer = createMailer(url);
  log(`Sending notification email through ${redactSmtpUrl(url)} every ${everyMs / 1000} s.`);
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    void sendPendingEmails({ mailer })
      .then(({ failed, retrying }) => {
        if (failed || retrying) log(`Email: ${retrying} to retry, ${failed} given up (see the notification's emailError).`);
      })
      .catch((error: unknown) => log(`Email: ${redactSecrets((error as Error).message)}`))
      .finally(() => {
        running = false;
      });
  }, everyMs).unref();
}
