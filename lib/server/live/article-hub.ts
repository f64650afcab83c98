// This process's editors with an article open, and what they must hear: claim changes (from the
// Claim table's NOTIFY, with who made them) and who else is there. One subscription to Postgres
// per process, fanned out here per article; each announcement is read from the database once per
// process, not once per editor.
import { db } from "@/lib/db";
import { CHANNELS } from "./announce";
import { listen, onResync } from "./pg-listener";
import { type PresentPerson, presentOn, sweepPresence, touchConnections, TOUCH_MS } from "./presence";

export type ClaimChange = {
  claimId: string;
  version: number;
  state: string;
  deleted: boolean;
  actorId: string | null;
  actorName: string | null;
};
export type LiveEvent = ({ type: "claim" } & ClaimChange) | { type: "presence"; people: PresentPerson[] } | { type: "resync" };
type Subscriber = {
  connectionId: string;
  userId: string;
  /** The server-side session behind the connection; when it ends, so does the connection. */
  sessionId: string | null;
  send: (event: LiveEvent) => void;
  close: () => void;
};

type Hub = { articles: Map<string, Set<Subscriber>>; ready: Promise<void> | null; presenceQueries: Map<string, { again: boolean }> };
const holder = globalThis as unknown as { factcheckArticleHub?: Hub };
const hub = (): Hub => (holder.factcheckArticleHub ??= { articles: new Map(), ready: null, presenceQueries: new Map() });

const payloadOf = (text: string) => {
  try {
    const value = JSON.parse(text) as { articleId?: unknown; claimId?: unknown; version?: unknown; state?: unknown; deleted?: unknown };
    if (typeof value.articleId !== "string" || typeof value.claimId !== "string") return null;
    return {
      articleId: value.articleId,
      claimId: value.claimId,
      version: Number(value.version),
      state: String(value.state),
      deleted: !!value.deleted,
    };
  } catch {
    return null;
  }
};

/** Who made each change: each claim's latest audit event (written in the same transaction). */
async function actorsOf(claimIds: string[]): Promise<Map<string, { actorId: string | null; actorName: string | null }>> {
  const rows = await db.$queryRaw<{ claimId: string; actorId: string | null; actorName: string | null }[]>`
    SELECT DISTINCT ON (e."entityId") e."entityId" AS "claimId", e."actorId", u."name" AS "actorName"
    FROM "AuditEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE e."entityType" = 'Claim' AND e."entityId" = ANY(${claimIds})
    ORDER BY e."entityId", e."id" DESC`;
  return new Map(rows.map(({ claimId, ...actor }) => [claimId, actor]));
}

// Changes are gathered for a moment: re-anchoring a revision or a bulk action changes hundreds of
// claims in one transaction, and their authors are then read in one query.
const GATHER_MS = 15;
let gathered: NonNullable<ReturnType<typeof payloadOf>>[] = [];

function onClaim(text: string) {
  const change = payloadOf(text);
  if (!change || !hub().articles.get(change.articleId)?.size) return;
  if (gathered.push(change) === 1) setTimeout(() => void deliverGathered(), GATHER_MS);
}

async function deliverGathered() {
  const changes = gathered;
  gathered = [];
  const actors = await actorsOf([...new Set(changes.map((change) => change.claimId))]).catch(() => new Map());
  for (const change of changes) {
    const actor = actors.get(change.claimId) ?? { actorId: null, actorName: null };
    const event: LiveEvent = {
      type: "claim",
      claimId: change.claimId,
      version: change.version,
      state: change.state,
      deleted: change.deleted,
      ...actor,
    };
    for (const subscriber of hub().articles.get(change.articleId) ?? []) subscriber.send(event);
  }
}

/** Reads who is present and tells the article's subscribers; announcements during a read cause one more read, not one each. */
async function onPresence(articleId: string) {
  const running = hub().presenceQueries.get(articleId);
  if (running) {
    running.again = true;
    return;
  }
  const query = { again: true };
  hub().presenceQueries.set(articleId, query);
  try {
    while (query.again) {
      query.again = false;
      if (!hub().articles.get(articleId)?.size) break;
      const people = await presentOn(articleId);
      for (const subscriber of hub().articles.get(articleId) ?? []) subscriber.send({ type: "presence", people });
    }
  } catch {
    // The database is away: the resync after it is back reads presence again.
  } finally {
    hub().presenceQueries.delete(articleId);
  }
}

function start(): Promise<void> {
  return (hub().ready ??= (async () => {
    await listen(CHANNELS.claims, onClaim);
    await listen(CHANNELS.presence, (articleId) => void onPresence(articleId));
    onResync(() => {
      for (const [articleId, subscribers] of hub().articles) {
        for (const subscriber of subscribers) subscriber.send({ type: "resync" });
        void onPresence(articleId);
      }
    });
    // Close connections whose session ended; keep the others present; sweep away the presence of
    // processes that are gone.
    setInterval(() => {
      const subscribers = [...hub().articles.values()].flatMap((set) => [...set]);
      void closeEndedSessions(subscribers)
        .then((alive) => touchConnections(alive.map((subscriber) => subscriber.connectionId)))
        .then(() => sweepPresence())
        .catch(() => undefined);
    }, TOUCH_MS).unref?.();
  })());
}

/** Closes the connections whose session was signed out, revoked or expired; returns the others. */
async function closeEndedSessions(subscribers: Subscriber[]): Promise<Subscriber[]> {
  if (subscribers.length === 0) return [];
  const ids = [...new Set(subscribers.map((subscriber) => subscriber.sessionId).filter((id): id is string => !!id))];
  const open = new Set(
    (
      await db.session.findMany({
        where: { id: { in: ids }, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabled: false } },
        select: { id: true },
      })
    ).map((session) => session.id),
  );
  const alive: Subscriber[] = [];
  for (const subscriber of subscribers) {
    if (subscriber.sessionId && open.has(subscriber.sessionId)) alive.push(subscriber);
    else subscriber.close();
  }
  return alive;
}

/** Checks every connection's session now (the hub does it every 10 s). */
export const checkSessionsNow = () => closeEndedSessions([...hub().articles.values()].flatMap((set) => [...set]));

/** How many live connections this process holds for a person. */
export function connectionsOf(userId: string): number {
  let count = 0;
  for (const set of hub().articles.values()) for (const subscriber of set) if (subscriber.userId === userId) count++;
  return count;
}

/** Starts delivering the article's live events to `send`; returns the function that stops it. */
export async function subscribeArticle(articleId: string, subscriber: Subscriber): Promise<() => void> {
  await start();
  const { articles } = hub();
  if (!articles.has(articleId)) articles.set(articleId, new Set());
  articles.get(articleId)!.add(subscriber);
  return () => {
    const set = articles.get(articleId);
    set?.delete(subscriber);
    if (set && set.size === 0) articles.delete(articleId);
  };
}
