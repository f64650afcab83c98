// Claims due soon: a claim whose dueAt falls within the next 24 hours, not deleted and not
// published, is announced (DUE_SOON) to its assignee, or its creator when nobody is assigned.
// Once per due date: the dedupeKey names the claim and its due date, and the unique index keeps
// one row however many app processes run the same round at the same moment. A new due date is a
// new reminder.
import { db } from "@/lib/db";
import { quoteClaim } from "@/lib/domain/notifications/notification-kinds";
import { notify } from "./notify";

const DAY = 86_400_000;
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** One round: notifies about every claim due within a day of `now`; returns how many claims were due. */
export async function notifyDueSoon(now = new Date()): Promise<number> {
  const due = await db.claim.findMany({
    where: { dueAt: { gt: now, lte: new Date(now.getTime() + DAY) }, deletedAt: null, state: { not: "DELETED" } },
    select: { id: true, articleId: true, text: true, dueAt: true, assigneeId: true, createdById: true },
  });
  if (due.length === 0) return 0;
  const published = new Set(
    (await db.publishedClaim.findMany({ where: { claimId: { in: due.map((c) => c.id) } }, select: { claimId: true } })).map(
      (p) => p.claimId,
    ),
  );
  const waiting = due.filter((claim) => !published.has(claim.id));
  await notify(
    db,
    waiting.map((claim) => ({
      kind: "DUE_SOON" as const,
      recipientIds: [claim.assigneeId ?? claim.createdById],
      actorId: null,
      claimId: claim.id,
      articleId: claim.articleId,
      message: `The claim ${quoteClaim(claim.text)} is due ${when.format(claim.dueAt!)} UTC.`,
      dedupeKey: `due-soon:${claim.id}:${claim.dueAt!.toISOString()}`,
    })),
  );
  return waiting.length;
}

let started = false;

/** Starts the due-soon round in this process, every `everyMs` (instrumentation.ts calls it). */
export function startDueSoonReminders(log: (line: string) => void, everyMs = 5 * 60_000) {
  if (started) return;
  started = true;
  let running = false;
  const round = () => {
    if (running) return;
    running = true;
    void notifyDueSoon()
      .catch((error: unknown) => log(`Due-soon reminders: ${(error as Error).message}`))
      .finally(() => {
        running = false;
      });
  };
  // A first round soon after start (a restart must not delay reminders by a whole period).
  setTimeout(round, 10_000).unref();
  setInterval(round, everyMs).unref();
}
