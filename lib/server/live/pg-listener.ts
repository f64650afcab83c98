// One LISTEN connection per app process, shared by everything in it that waits for the desk's
// announcements (claim changes, presence, pages to forget). Postgres delivers a NOTIFY to every
// listening session of every process, at commit: this is how any number of app servers hear
// of each other's writes. A lost connection is re-opened with growing pauses; after it is back,
// the resync handlers run, because announcements made while it was away were missed.
import pg from "pg";

type Handler = (payload: string) => void;
type State = {
  client: pg.Client | null;
  connecting: Promise<void> | null;
  handlers: Map<string, Set<Handler>>;
  resync: Set<() => void>;
  pause: number;
};

const holder = globalThis as unknown as { factcheckListener?: State };
const state = (): State =>
  (holder.factcheckListener ??= { client: null, connecting: null, handlers: new Map(), resync: new Set(), pause: 250 });

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

function connect(): Promise<void> {
  const current = state();
  if (current.client) return Promise.resolve();
  current.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, keepAlive: true, application_name: "factcheck-listener" });
    const lost = () => {
      if (current.client !== client) return;
      current.client = null;
      client.removeAllListeners("notification");
      void client.end().catch(() => undefined);
      reconnectLater();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      for (const handler of current.handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    try {
      await client.connect();
      for (const channel of current.handlers.keys()) await client.query(`LISTEN ${quoted(channel)}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    const wasLost = current.pause > 250;
    current.client = client;
    current.pause = 250;
    if (wasLost) for (const handler of current.resync) handler();
  })().finally(() => {
    current.connecting = null;
  });
  return current.connecting;
}

function reconnectLater() {
  const current = state();
  const pause = current.pause;
  current.pause = Math.min(pause * 2, 5_000);
  setTimeout(() => {
    connect().catch(() => reconnectLater());
  }, pause).unref?.();
}

/**
 * Calls `handler` with the payload of every NOTIFY on `channel` from now on (the promise resolves
 * once Postgres listens). Returns the function that stops it.
 */
export async function listen(channel: string, handler: Handler): Promise<() => void> {
  const current = state();
  let set = current.handlers.get(channel);
  const first = !set;
  if (!set) current.handlers.set(channel, (set = new Set()));
  set.add(handler);
  const stop = () => {
    set.delete(handler);
  };
  try {
    if (current.client && first) await current.client.query(`LISTEN ${quoted(channel)}`);
    else await connect();
  } catch {
    // The database is away: reconnecting listens to every channel, then resyncs.
    reconnectLater();
  }
  return stop;
}

/** Runs `handler` after a lost listening connection is back (announcements may have been missed). */
export function onResync(handler: () => void): () => void {
  state().resync.add(handler);
  return () => void state().resync.delete(handler);
}
