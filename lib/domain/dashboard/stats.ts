// The dashboard's arithmetic, pure: percentiles, month buckets, durations in words, and the
// claims-by-state-and-assignee table. The queries (lib/server/dashboard) only count and group.

/** The p-th percentile (0..100) by linear interpolation between closest ranks; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The last `count` months up to `now`'s, oldest first, as yyyy-mm (UTC). */
export function lastMonths(now: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

const monthName = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
/** "2026-05" → "May 2026". */
export const monthLabel = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A duration in words, to the hour: "3 days 4 hours", "5 hours", "less than an hour". */
export function durationText(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < HOUR) return "less than an hour";
  const days = Math.floor(ms / DAY);
  const hours = Math.round((ms - days * DAY) / HOUR);
  const part = (n: number, unit: string) => (n ? `${n} ${unit}${n === 1 ? "" : "s"}` : "");
  if (hours === 24) return part(days + 1, "day");
  return [part(days, "day"), part(hours, "hour")].filter(Boolean).join(" ");
}

export type MonthCount = { month: string; rating: string; count: number };
/** Verdicts per month and rating for `months`, every cell present (0 where nothing was published). */
export function ratingsByMonth(rows: readonly MonthCount[], months: readonly string[], ratings: readonly string[]) {
  const cell = new Map(rows.map((row) => [`${row.month}|${row.rating}`, row.count]));
  // Ratings published in the window but no longer on the scale still count: listed after the scale's.
  const extra = [...new Set(rows.filter((row) => months.includes(row.month)).map((row) => row.rating))].filter((r) => !ratings.includes(r));
  const columns = [...ratings, ...extra];
  return {
    ratings: columns,
    months: months.map((month) => {
      const counts = columns.map((rating) => cell.get(`${month}|${rating}`) ?? 0);
      return { month, counts, total: counts.reduce((a, b) => a + b, 0) };
    }),
  };
}

export type StateCount = { state: string; assigneeId: string | null; count: number };
/** Claims by assignee (rows, "Nobody" last) and state (columns), with totals per row and column. */
export function stateAssigneeTable(rows: readonly StateCount[], states: readonly string[], names: ReadonlyMap<string, string>) {
  const people = [...new Set(rows.map((row) => row.assigneeId))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : (names.get(a) ?? "").localeCompare(names.get(b) ?? ""),
  );
  const count = (assigneeId: string | null, state: string) =>
    rows.filter((row) => row.assigneeId === assigneeId && row.state === state).reduce((sum, row) => sum + row.count, 0);
  const body = people.map((assigneeId) => {
    const counts = states.map((state) => count(assigneeId, state));
    return {
      assigneeId,
      name: assigneeId ? (names.get(assigneeId) ?? "Someone") : "Nobody",
      counts,
      total: counts.reduce((a, b) => a + b, 0),
    };
  });
  const totals = states.map((_, i) => body.reduce((sum, row) => sum + row.counts[i]!, 0));
  return { rows: body, totals, total: totals.reduce((a, b) => a + b, 0) };
}
