// The desk's outgoing mail, from the environment: SMTP_URL (smtp:// or smtps://, credentials in
// the address) and SMTP_FROM. Without SMTP_URL the desk sends no email and queues none.
import { configuredPublicOrigin } from "@/lib/config/public-origin";

/** Whether this desk sends email at all (notify() queues email only then). */
export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/** The sender: SMTP_FROM, else the publisher's name at a no-reply address of the public host. */
export function senderAddress(publisherName: string): string {
  const configured = process.env.SMTP_FROM?.trim();
  if (configured) return configured;
  const host = new URL(configuredPublicOrigin() ?? "http://localhost").hostname;
  // A quoted display name: a publisher called "Facts, Inc." must not become two addresses.
  return `"${publisherName.replace(/["\\\r\n]/g, "")}" <no-reply@${host.includes(".") ? host : "factcheck.invalid"}>`;
}

/** The address links in emails start with: PUBLIC_BASE_URL, else the app's own origin. */
export function emailLinkOrigin(): string {
  return configuredPublicOrigin() ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
