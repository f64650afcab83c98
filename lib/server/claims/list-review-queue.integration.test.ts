import { beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { searchDesk } from "@/lib/server/search/search-desk";
import { seedDatabase } from "@/seeds/seed";
import { listReviewQueue } from "./list-review-queue";

const actors: Record<string, Actor> = {};

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "reviewer@example.org", "admin@example.org"]) {
    actors[email] = await actorFor(email);
  }
});

describe("review queue", () => {
  it("shows reviewers the claim waiting for review, with its proposed rating", async () => {
    const queue = await listReviewQueue({ actor: actors["reviewer@example.org"]! });
    expect(queue.map((claim) => [claim.text, claim.verdict?.rating?.label])).toEqual([
      ["Sheinbaum turned down U.S. troops because she is afraid of the cartels.", "Unverifiable"],
    ]);
  });

  it("filters by article and assignee", async () => {
    const reviewer = actors["reviewer@example.org"]!;
    const [claim] = await listReviewQueue({ actor: reviewer });
    expect(await listReviewQueue({ actor: reviewer, filter: { articleId: claim!.article.id } })).toHaveLength(1);
    expect(await listReviewQueue({ actor: reviewer, filter: { articleId: "other" } })).toHaveLength(0);
    expect(await listReviewQueue({ actor: reviewer, filter: { assigneeId: reviewer.id } })).toHaveLength(0);
  });

  it("is not open to editors", async () => {
    await expect(listReviewQueue({ actor: actors["editor@example.org"]! })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("desk search", () => {
  it("finds claims, articles and claimants case-insensitively", async () => {
    const results = await searchDesk({ actor: actors["editor@example.org"]!, input: { q: "sheinbaum" } });
    expect(results?.claimants.map((c) => c.name)).toEqual(["Claudia Sheinbaum"]);
    expect(results?.claims.length).toBeGreaterThanOrEqual(3);
    const byTitle = await searchDesk({ actor: actors["editor@example.org"]!, input: { q: "afraid of cartels" } });
    expect(byTitle?.articles).toHaveLength(1);
  });

  it("asks for at least two characters and refuses anonymous callers", async () => {
    await expect(searchDesk({ actor: actors["editor@example.org"]!, input: { q: "s" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { q: ["Type at least two characters."] },
    });
    await expect(searchDesk({ actor: null, input: { q: "trump" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
