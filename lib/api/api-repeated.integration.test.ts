// API v1 under repetition: anonymous answers of the published endpoints come from memory until a
// fact-check changes, and rate limits answer 429 with Retry-After per address and per token.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as factChecks } from "@/app/api/v1/fact-checks/route";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { apiErrorSchema, factCheckListSchema } from "@/lib/schemas/api";
import { createApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { unpublishArticle } from "@/lib/server/publications/unpublish-article";
import { actorFor } from "@/lib/testing/actors";
import { callRoute as call, type Handler } from "@/lib/testing/api-call";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";

let admin: Actor;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
});

afterEach(() => {
  delete process.env.API_ANONYMOUS_RATE_LIMIT;
  delete process.env.API_RATE_LIMIT;
});

describe("cached public answers", () => {
  it("answers anonymous callers from memory, and forgets at once when a fact-check is withdrawn or published again", async () => {
    const listed = async () =>
      factCheckListSchema
        .parse(await (await call(factChecks as Handler, "/api/v1/fact-checks?limit=50")).json())
        .factChecks.map((f) => f.slug);
    const sample = await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } });
    expect(await listed()).toContain(SAMPLE_ARTICLE.slug);
    await unpublishArticle({ actor: admin, input: { articleId: sample.id } });
    expect(await listed()).not.toContain(SAMPLE_ARTICLE.slug);
    await publishArticle({ actor: admin, input: { articleId: sample.id } });
    expect(await listed()).toContain(SAMPLE_ARTICLE.slug);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After past the limit, per address without a token and per token", async () => {
    process.env.API_ANONYMOUS_RATE_LIMIT = "3";
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(factChecks as Handler, "/api/v1/fact-checks", { from: "198.51.100.77" })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(factChecks as Handler, "/api/v1/fact-checks", { from: "198.51.100.77" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(apiErrorSchema.parse(await limited.json()).error.code).toBe("RATE_LIMITED");
    expect((await call(factChecks as Handler, "/api/v1/fact-checks", { from: "198.51.100.78" })).status).toBe(200);
    process.env.API_RATE_LIMIT = "1";
    const { token } = await createApiToken({ actor: admin, input: { name: "Rate-limited", scope: "read" } });
    const first = await call(factChecks as Handler, "/api/v1/fact-checks", { token, from: "198.51.100.77" });
    const second = await call(factChecks as Handler, "/api/v1/fact-checks", { token, from: "198.51.100.77" });
    expect([first.status, second.status]).toEqual([200, 429]);
  });
});
