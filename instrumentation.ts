// Next runs register() once when a server process starts: the place for background work that
// belongs to the app (watching articles, WATCH_INTERVAL), in the app's own module graph.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWatching } = await import("./lib/server/articles/watch-articles");
  startWatching((line) => console.log(`[factcheck] ${line}`));
}
