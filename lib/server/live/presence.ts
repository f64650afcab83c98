// Who has an article open, across every app process: one ArticlePresence row per open live
// connection. Each process refreshes its own connections' rows; a row not refreshed for STALE_MS
// belongs to a connection (or a process) that is gone, and any process sweeps it away.
import { db } from "@/lib/db";
import { announce, CHANNELS } from "./announce";

export const TOUCH_MS = 10_000;
const STALE_MS = 35_000;

export type PresentPerson = { id: string; name: string };

// Joining and leaving are one statement each (the row and its announcement together), holding a
// pooled connection for no longer than that statement: hundreds of tabs come and go.
export async function joinArticle(connectionId: string, articleId: string, userId: string): Promise<void> {
  await db.$queryRaw`
    WITH joined AS (INSERT INTO "ArticlePresence" ("connectionId", "articleId", "userId") VALUES (${connectionId}, ${articleId}, ${userId}) RETURNING 1)
    SELECT pg_notify(${CHANNELS.presence}, ${articleId})::text FROM joined`;
}

export async function leaveArticle(connectionId: string, articleId: string): Promise<void> {
  await db.$queryRaw`
    WITH gone AS (DELETE FROM "ArticlePresence" WHERE "connectionId" = ${connectionId} RETURNING 1)
    SELECT pg_notify(${CHANNELS.presence}, ${articleId})::text FROM gone`;
}

/** Keeps this process's connections present (one statement for all of them). */
export async function touchConnections(connectionIds: string[]): Promise<void> {
  if (connectionIds.length)
    await db.articlePresence.updateMany({ where: { connectionId: { in: connectionIds } }, data: { seenAt: new Date() } });
}

/** Removes the rows of connections nobody refreshed, and tells those articles' editors. */
export async function sweepPresence(now = Date.now()): Promise<void> {
  const stale = await db.$queryRaw<{ articleId: string }[]>`
    DELETE FROM "ArticlePresence" WHERE "seenAt" < ${new Date(now - STALE_MS)} RETURNING "articleId"`;
  for (const articleId of new Set(stale.map((row) => row.articleId))) await announce(CHANNELS.presence, articleId);
}

/** The people with the article open now, each once, by name. */
export async function presentOn(articleId: string, now = Date.now()): Promise<PresentPerson[]> {
  return db.$queryRaw<PresentPerson[]>`
    SELECT DISTINCT u."id", u."name" FROM "ArticlePresence" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."articleId" = ${articleId} AND p."seenAt" >= ${new Date(now - STALE_MS)}
    ORDER BY u."name"`;
}
