// Watching (WATCH_INTERVAL, off by default): articles imported from a web address are fetched
// again on a schedule and any change is stored as a new revision, through "Check for a new
// version"'s own path. Each due article is claimed with one UPDATE … FOR UPDATE SKIP LOCKED that
// stamps `checkedAt` before the fetch, so any number of app processes share the work and none
// checks an article another is checking.
import { db } from "@/lib/db";
import { recheckArticle } from "./add-revision";

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Articles checked per round by one process: a slow site cannot hold up the others for long. */
const BATCH = 5;

/** "30m", "6h", "1d", "90s" or a number of minutes; "", "0" or "off" turn watching off. At least 10 s. */
export function watchInterval(value = process.env.WATCH_INTERVAL): number | null {
  const text = value?.trim().toLowerCase() ?? "";
  if (!text || text === "0" || text === "off") return null;
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text);
  if (!match) throw new Error(`WATCH_INTERVAL must look like 30m, 6h, 1d or a number of minutes, not "${value}".`);
  return Math.max(10_000, Number(match[1]) * UNITS[match[2] || "m"]!);
}

/** Claims the articles due for a check (oldest check first) and checks each; returns what happened. */
export async function checkDueArticles(intervalMs: number, log: (line: string) => void = () => undefined) {
  const due = await db.$queryRaw<{ id: string; createdById: string }[]>`
    UPDATE "Article" SET "checkedAt" = now()
    WHERE "id" IN (
      SELECT a."id" FROM "Article" a JOIN "ArticleRevision" r ON r."id" = a."currentRevisionId"
      WHERE r."sourceUrl" IS NOT NULL
        AND COALESCE(a."checkedAt", a."createdAt") < now() - make_interval(secs => ${intervalMs / 1000})
      ORDER BY a."checkedAt" ASC NULLS FIRST
      LIMIT ${BATCH}
      FOR UPDATE OF a SKIP LOCKED
    )
    RETURNING "id", "createdById"`;
  const results: { articleId: string; created: boolean; error?: string }[] = [];
  for (const article of due) {
    try {
      // Recorded as the work of whoever imported the article, marked "watch" in the audit log.
      const outcome = await recheckArticle(article.createdById, article.id, "watch");
      results.push({ articleId: article.id, created: outcome.created });
      if (outcome.created) log(`Watching: article ${article.id} changed (revision ${outcome.revision}).`);
    } catch (error) {
      results.push({ articleId: article.id, created: false, error: (error as Error).message });
    }
  }
  return results;
}

let started = false;

/** Starts the schedule in this process when WATCH_INTERVAL is set (instrumentation.ts calls it). */
export function startWatching(log: (line: string) => void) {
  const interval = watchInterval();
  if (!interval || started) return;
  started = true;
  const tick = Math.min(interval, 60_000);
  log(`Watching articles from web addresses every ${Math.round(interval / 1000)} s.`);
  let running = false;
  setInterval(() => {
    if (running) return;
    running = true;
    void checkDueArticles(interval, log)
      .catch((error: unknown) => log(`Watching: ${(error as Error).message}`))
      .finally(() => {
        running = false;
      });
  }, tick).unref();
}
