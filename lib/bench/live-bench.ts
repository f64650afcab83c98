// Live updates with 20 editors on one article: each save is made by one editor through the app
// (a real server action), and every other editor's live connection must hear it; then each of
// them fetches the page data as the browser's refresh does (what reaches their screen). Reported
// as p50/p95 from the moment the save was sent, against the floor of the same run: a bare
// Postgres NOTIFY between two connections.
import pg from "pg";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/server/users/password";
import { actionSucceeded, DeskClient, workbenchAction } from "@/lib/reliability/desk-client";
import { openEventStream } from "@/lib/reliability/event-stream";
import { percentile } from "./stats";

export const LIVE_EDITORS = 20;
const ROUNDS = 30;
const PASSWORD = "live-bench-password";

type Timings = { p50: number; p95: number };
const summary = (values: number[]): Timings => ({ p50: percentile(values, 50), p95: percentile(values, 95) });

/** A bare LISTEN/NOTIFY round trip between two connections: the floor under any live update. */
async function notifyFloor(url: string, rounds = ROUNDS): Promise<Timings> {
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Client({ connectionString: url });
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query("LISTEN bench_floor");
  const times: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const heard = new Promise<void>((resolve) => listener.once("notification", () => resolve()));
      const start = performance.now();
      await sender.query(`NOTIFY bench_floor, '${i}'`);
      await heard;
      times.push(performance.now() - start);
    }
  } finally {
    await Promise.all([listener.end(), sender.end()]);
  }
  return summary(times);
}

/** `articleId`: a small article of the demo seed with a draft claim. */
export async function benchLive(base: string, ownerUrl: string, articleId: string) {
  const passwordHash = await hashPassword(PASSWORD);
  const editors = Array.from({ length: LIVE_EDITORS }, (_, index) => ({
    email: `live-bench-${index + 1}@example.org`,
    name: `Live bench editor ${index + 1}`,
  }));
  for (const editor of editors)
    await db.user.upsert({ where: { email: editor.email }, update: {}, create: { ...editor, passwordHash, role: "EDITOR" } });
  const claim = await db.claim.findFirstOrThrow({ where: { articleId, deletedAt: null }, select: { id: true, version: true } });
  const update = workbenchAction("updateClaimAction", articleId, claim.id);

  const clients = editors.map(() => new DeskClient(base));
  for (const [index, client] of clients.entries()) await client.signIn(editors[index]!.email, PASSWORD);
  // Each editor's connection: when it hears each version of the claim.
  const heard = clients.map(() => new Map<number, number>());
  const waiting = new Map<string, () => void>();
  const connected = new Set<number>();
  const streams = await Promise.all(
    clients.map((client, index) =>
      openEventStream(`${base}/api/live/articles/${articleId}`, client.cookieHeader, ({ event, data }) => {
        if (event === "presence") connected.add(index);
        if (event !== "claim") return;
        const version = (data as { version: number }).version;
        heard[index]!.set(version, performance.now());
        waiting.get(`${index}:${version}`)?.();
      }),
    ),
  );
  const eventTimes: number[] = [];
  const screenTimes: number[] = [];
  try {
    while (connected.size < LIVE_EDITORS) await new Promise((resolve) => setTimeout(resolve, 20));
    let version = claim.version;
    for (let round = 0; round < ROUNDS; round++) {
      const saver = round % LIVE_EDITORS;
      const sent = performance.now();
      const answer = await clients[saver]!.action(
        update,
        JSON.stringify([articleId, { claimId: claim.id, version, tags: [`round ${round}`] }]),
      );
      if (!actionSucceeded(answer.text)) throw new Error(`live bench: a save failed: ${answer.text.slice(0, 200)}`);
      version = Number(/"version":(\d+)/.exec(answer.text)![1]);
      const saved = version;
      await Promise.all(
        clients.map(async (client, index) => {
          if (index === saver) return;
          if (!heard[index]!.has(saved))
            await new Promise<void>((resolve) => waiting.set(`${index}:${saved}`, () => (waiting.delete(`${index}:${saved}`), resolve())));
          eventTimes.push(heard[index]!.get(saved)! - sent);
          // What the browser does next (router.refresh): the page's data, as React Server Components.
          const page = await client.fetch(`/articles/${articleId}`, { headers: { rsc: "1" } });
          await page.arrayBuffer();
          screenTimes.push(performance.now() - sent);
        }),
      );
    }
  } finally {
    await Promise.all(streams.map((stream) => stream.close()));
  }
  return {
    editors: LIVE_EDITORS,
    rounds: ROUNDS,
    heard: summary(eventTimes),
    screen: summary(screenTimes),
    floor: await notifyFloor(ownerUrl),
  };
}
