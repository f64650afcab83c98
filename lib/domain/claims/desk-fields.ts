// Due dates and priorities as the desk reads them: words, never colour alone. A due date is a day
// (stored as its start in UTC); a claim is overdue from the day after, until it is approved.
import type { ClaimState } from "./claim-workflow";

export type Priority = "LOW" | "NORMAL" | "HIGH" | "URGENT";

export const PRIORITY_LABELS: Record<Priority, string> = { LOW: "Low", NORMAL: "Normal", HIGH: "High", URGENT: "Urgent" };
/** Lowest first: the order of the select and of "highest priority". */
export const PRIORITY_ORDER: readonly Priority[] = ["LOW", "NORMAL", "HIGH", "URGENT"];

/** The states in which a claim still has work to do (a due date can be missed). */
export const OPEN_STATES: readonly ClaimState[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"];

/** Midnight UTC of `now`'s day: claims due before it are overdue. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** True when an open claim's due day has passed. */
export function isOverdue(claim: { dueAt: Date | null; state: ClaimState }, now: Date): boolean {
  return !!claim.dueAt && OPEN_STATES.includes(claim.state) && claim.dueAt < startOfUtcDay(now);
}

/** The highest of some priorities, or null for none. */
export function highestPriority(priorities: Priority[]): Priority | null {
  let best: Priority | null = null;
  for (const priority of priorities) if (!best || PRIORITY_ORDER.indexOf(priority) > PRIORITY_ORDER.indexOf(best)) best = priority;
  return best;
}

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "Due 1 Dec 2026", "Overdue since 1 Dec 2026" or "No due date", as the lists show it. */
export function dueText(claim: { dueAt: Date | null; state: ClaimState }, now: Date): string {
  if (!claim.dueAt) return "No due date";
  return `${isOverdue(claim, now) ? "Overdue since" : "Due"} ${day.format(claim.dueAt)}`;
}

/** A date as yyyy-mm-dd (date inputs, URLs), or "" for none. */
export function isoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Of an article's claims, the open ones' earliest due date and highest priority (what the articles list shows). */
export function openClaimsSummary(claims: { state: ClaimState; dueAt: Date | null; priority: Priority }[]) {
  const open = claims.filter((claim) => OPEN_STATES.includes(claim.state));
  const dues = open.flatMap((claim) => (claim.dueAt ? [claim.dueAt] : []));
  return {
    earliestDue: dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null,
    highestPriority: highestPriority(open.map((claim) => claim.priority)),
  };
}
