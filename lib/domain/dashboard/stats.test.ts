import { describe, expect, it } from "vitest";
import { durationText, lastMonths, monthLabel, percentile, ratingsByMonth, stateAssigneeTable } from "./stats";

describe("percentile", () => {
  it("interpolates between closest ranks and ignores the input order", () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("months", () => {
  it("lists the last twelve months, oldest first, across a year's end", () => {
    const months = lastMonths(new Date("2026-02-10T12:00:00Z"));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-03");
    expect(months.at(-1)).toBe("2026-02");
    expect(monthLabel("2026-05")).toBe("May 2026");
  });

  it("fills every month and rating, keeping retired ratings that were published", () => {
    const table = ratingsByMonth(
      [
        { month: "2026-01", rating: "False", count: 3 },
        { month: "2026-02", rating: "True", count: 1 },
        { month: "2026-02", rating: "Old label", count: 2 },
        { month: "2020-01", rating: "Ancient", count: 9 },
      ],
      ["2026-01", "2026-02"],
      ["True", "False"],
    );
    expect(table.ratings).toEqual(["True", "False", "Old label"]);
    expect(table.months).toEqual([
      { month: "2026-01", counts: [0, 3, 0], total: 3 },
      { month: "2026-02", counts: [1, 0, 2], total: 3 },
    ]);
  });
});

describe("durations", () => {
  it("reads to the hour", () => {
    expect(durationText(30 * 60_000)).toBe("less than an hour");
    expect(durationText(5 * 3_600_000)).toBe("5 hours");
    expect(durationText((3 * 24 + 4) * 3_600_000)).toBe("3 days 4 hours");
    expect(durationText((24 + 23.6) * 3_600_000)).toBe("2 days");
    expect(durationText(null)).toBe("—");
  });
});

describe("claims by state and assignee", () => {
  it("totals rows and columns, people by name and nobody last", () => {
    const names = new Map([
      ["u1", "Rita"],
      ["u2", "Elena"],
    ]);
    const table = stateAssigneeTable(
      [
        { state: "DRAFT", assigneeId: null, count: 2 },
        { state: "DRAFT", assigneeId: "u1", count: 1 },
        { state: "IN_REVIEW", assigneeId: "u2", count: 4 },
      ],
      ["DRAFT", "IN_REVIEW"],
      names,
    );
    expect(table.rows.map((row) => [row.name, row.counts, row.total])).toEqual([
      ["Elena", [0, 4], 4],
      ["Rita", [1, 0], 1],
      ["Nobody", [2, 0], 2],
    ]);
    expect(table.totals).toEqual([3, 4]);
    expect(table.total).toBe(7);
  });
});
