import { describe, expect, it } from "vitest";
import { dueText, highestPriority, isOverdue, openClaimsSummary, startOfUtcDay } from "./desk-fields";

const now = new Date("2026-11-26T09:30:00Z");
const due = (day: string) => new Date(`${day}T00:00:00Z`);

describe("due dates", () => {
  it("counts a claim overdue only from the day after its due day, and only while work remains", () => {
    expect(startOfUtcDay(now).toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(isOverdue({ dueAt: due("2026-11-26"), state: "DRAFT" }, now)).toBe(false);
    expect(isOverdue({ dueAt: due("2026-11-25"), state: "DRAFT" }, now)).toBe(true);
    expect(isOverdue({ dueAt: due("2026-11-25"), state: "IN_REVIEW" }, now)).toBe(true);
    expect(isOverdue({ dueAt: due("2026-11-25"), state: "APPROVED" }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, state: "DRAFT" }, now)).toBe(false);
  });

  it("says it in words", () => {
    expect(dueText({ dueAt: due("2026-11-25"), state: "DRAFT" }, now)).toBe("Overdue since 25 Nov 2026");
    expect(dueText({ dueAt: due("2026-12-01"), state: "DRAFT" }, now)).toBe("Due 1 Dec 2026");
    expect(dueText({ dueAt: null, state: "DRAFT" }, now)).toBe("No due date");
  });
});

describe("priorities", () => {
  it("picks the highest", () => {
    expect(highestPriority(["LOW", "URGENT", "NORMAL"])).toBe("URGENT");
    expect(highestPriority(["LOW", "NORMAL"])).toBe("NORMAL");
    expect(highestPriority([])).toBeNull();
  });
});

describe("an article's open claims", () => {
  it("gives the earliest due date and highest priority of the open claims only", () => {
    const summary = openClaimsSummary([
      { state: "APPROVED", dueAt: due("2026-01-01"), priority: "URGENT" },
      { state: "DRAFT", dueAt: due("2026-12-05"), priority: "LOW" },
      { state: "IN_REVIEW", dueAt: due("2026-12-01"), priority: "HIGH" },
      { state: "DRAFT", dueAt: null, priority: "NORMAL" },
    ]);
    expect(summary).toEqual({ earliestDue: due("2026-12-01"), highestPriority: "HIGH" });
    expect(openClaimsSummary([{ state: "APPROVED", dueAt: null, priority: "LOW" }])).toEqual({ earliestDue: null, highestPriority: null });
  });
});
