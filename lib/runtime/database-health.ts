// The web server's watch on its database: a query four times a second on a connection of its own. While
// the database does not answer, the server says so in the log and answers 503 with a page that
// retries by itself, instead of failing every request with an error; when it answers again, so does
// the desk. (npm start restarts an embedded Postgres that died: lib/runtime/database.ts.)
import pg from "pg";

// Often enough that few requests reach a database that just went away (each would wait for it).
const INTERVAL_MS = 250;

export type DatabaseWatch = { healthy: () => boolean; stop: () => void };

export function watchDatabase(url: string, log: (line: string) => void): DatabaseWatch {
  let client: pg.Client | null = null;
  let healthy = true;
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000, query_timeout: 2_000 });
        fresh.on("error", () => undefined); // reported by the next query
        client = fresh;
        await fresh.connect();
      }
      await client.query("select 1");
      if (!healthy) log("The database answers again.");
      healthy = true;
    } catch (error) {
      void client?.end().catch(() => undefined);
      client = null;
      if (healthy) log(`The database is not answering (${(error as Error).message}); answering 503 until it is back.`);
      healthy = false;
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), INTERVAL_MS);
  timer.unref();
  void check();
  return {
    healthy: () => healthy,
    stop: () => {
      clearInterval(timer);
      void client?.end().catch(() => undefined);
    },
  };
}

export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>The desk is restarting its database</title><link rel="stylesheet" href="/styles/site.css"></head>
<body><main id="main"><div class="page"><h1>The desk is restarting its database</h1>
<p class="page-lede">The database is not answering for a moment. This page tries again every few seconds; nothing you saved is lost.</p></div></main></body></html>`;
