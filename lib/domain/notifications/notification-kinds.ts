// What each kind of notification is called where people choose what they receive, in the order
// the settings table lists them. Plain data, shared by the settings page and the email.
// (The same names as the database enum NotificationKind; the domain imports nothing from Prisma.)
export const NOTIFICATION_KINDS = ["ASSIGNED", "MENTIONED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "DUE_SOON"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const KIND_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: "A claim is assigned to me",
  MENTIONED: "Someone mentions me in a comment",
  CHANGES_REQUESTED: "A reviewer requests changes to my claim",
  APPROVED: "My claim is approved",
  PUBLISHED: "An article with my claim is published",
  DUE_SOON: "My claim is due within a day",
};

/** Short names for the Notifications list, read before each message. */
export const KIND_NAMES: Record<NotificationKind, string> = {
  ASSIGNED: "Assigned",
  MENTIONED: "Mention",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  DUE_SOON: "Due soon",
};

export type ChannelSetting = { kind: NotificationKind; inApp: boolean; email: boolean };

/** Every kind with its channels: a kind without a stored row has both on (the schema's default). */
export function effectiveSettings(stored: ChannelSetting[]): ChannelSetting[] {
  return NOTIFICATION_KINDS.map((kind) => stored.find((row) => row.kind === kind) ?? { kind, inApp: true, email: true });
}

/** A claim's one-line quote for a message: whole words, at most `max` characters. */
export function quoteClaim(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/** Where a notification leads: the workbench with the claim open, else the article. */
export function notificationPath(target: { claimId: string | null; articleId: string | null }): string {
  if (target.articleId && target.claimId) return `/articles/${target.articleId}?claim=${target.claimId}`;
  if (target.articleId) return `/articles/${target.articleId}`;
  return "/notifications";
}
