// When a notification email that failed is tried again, and when the desk stops trying.

/** Attempts before an email is given up on (FAILED, with the last error kept). */
export const MAX_EMAIL_ATTEMPTS = 4;

/** Wait after the n-th failed attempt (1-based): doubling from `baseMs` (1 min, 2 min, 4 min…), at most an hour. */
export function retryDelayMs(attempts: number, baseMs = 60_000): number {
  return Math.min(3_600_000, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** An SMTP address with its password replaced: what may appear in logs and on pages. */
export function redactSmtpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(not a valid SMTP_URL)";
  }
}

/** An error message with any credentials in URLs removed (a mailer may echo the address it used). */
export function redactSecrets(message: string): string {
  return message.replace(/(smtps?:\/\/[^:@\s/]+:)[^@\s]+@/gi, "$1***@").slice(0, 500);
}
