// Next runs register() once when a server process starts: the place for background work that
// belongs to the app, in the app's own module graph. Each piece works with any number of app
// processes on one Postgres: watching articles (WATCH_INTERVAL) claims its work with SKIP LOCKED,
// and cached public pages are forgotten in every process when one publishes (LISTEN/NOTIFY).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const log = (line: string) => console.log(`[factcheck] ${line}`);
  const { startPageCacheSync } = await import("./lib/server/publications/forget-pages");
  await startPageCacheSync().catch((error: unknown) => log(`Page cache sync not started: ${(error as Error).message}`));
  const { startWatching } = await import("./lib/server/articles/watch-articles");
  startWatching(log);
}
