// What a notification email says: what happened, a link to it, and where to change what one
// receives. Plain text only (nothing to sanitise, reads everywhere).
import { KIND_NAMES, type NotificationKind } from "./notification-kinds";

type EmailInput = { kind: NotificationKind; message: string; path: string; origin: string; publisherName: string };

/** Subject and body of the email for one notification. */
export function composeNotificationEmail({ kind, message, path, origin, publisherName }: EmailInput) {
  const oneLine = message.replace(/\s+/g, " ").trim();
  const subject = `${KIND_NAMES[kind]}: ${oneLine.length > 110 ? `${oneLine.slice(0, 109)}…` : oneLine}`;
  const text = [
    oneLine,
    "",
    `Open it: ${origin}${path}`,
    "",
    `— ${publisherName}`,
    `You receive this email because of your notification settings: ${origin}/notifications/settings`,
  ].join("\n");
  return { subject, text };
}
