import { describe, expect, it } from "vitest";
import { claimListHref, claimListQuerySchema } from "./claim-list";

describe("claim list links", () => {
  it("leave out empty filters and the first page", () => {
    expect(claimListHref("/claims", { state: "DRAFT", assignee: "", page: 1 })).toBe("/claims?state=DRAFT");
    expect(claimListHref("/claims", { published: "2026-05", rating: "Mostly true", page: 2 })).toBe(
      "/claims?published=2026-05&rating=Mostly+true&page=2",
    );
    expect(claimListHref("/claims", {})).toBe("/claims");
  });

  it("parse a GET form's blanks as no filter, and refuse a malformed month", () => {
    expect(claimListQuerySchema.parse({ state: "", assignee: "nobody", page: "3" })).toEqual({ assignee: "nobody", sort: "due", page: 3 });
    expect(claimListQuerySchema.safeParse({ published: "2026-13" }).success).toBe(false);
  });
});
