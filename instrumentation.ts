// Next runs register() once when a server process starts: the place for background work that
// belongs to the app (watching articles, WATCH_INTERVAL; due-soon reminders; notification email
// when SMTP_URL is set), in the app's own module graph. Every job is safe to run in any number of
// processes at once (each file says how).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const log = (line: string) => console.log(`[factcheck] ${line}`);
  const { startWatching } = await import("./lib/server/articles/watch-articles");
  startWatching(log);
  const { startDueSoonReminders } = await import("./lib/server/notifications/due-soon");
  startDueSoonReminders(log);
  const { startSendingEmails } = await import("./lib/server/notifications/send-emails");
  startSendingEmails(log);
}
