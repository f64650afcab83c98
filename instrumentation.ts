// Next runs register() once when a server process starts: the place for background work that
// belongs to the app, in the app's own module graph. Every piece works with any number of app
// processes on one Postgres (each file says how): watching articles (WATCH_INTERVAL), due-soon
// reminders, notification email when SMTP_URL is set, and cached public pages forgotten in every
// process when one publishes (LISTEN/NOTIFY).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const log = (line: string) => console.log(`[factcheck] ${line}`);
  const { startPageCacheSync } = await import("./lib/server/publications/forget-pages");
  await startPageCacheSync().catch((error: unknown) => log(`Page cache sync not started: ${(error as Error).message}`));
  const { startWatching } = await import("./lib/server/articles/watch-articles");
  startWatching(log);
  const { startDueSoonReminders } = await import("./lib/server/notifications/due-soon");
  startDueSoonReminders(log);
  const { startSendingEmails } = await import("./lib/server/notifications/send-emails");
  startSendingEmails(log);
}
