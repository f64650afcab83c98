// API v1 through its route handlers, as HTTP clients see it: tokens of each scope and none, the
// error shape, pagination, rate limits and the audit trail of token use.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as articleClaims } from "@/app/api/v1/articles/[id]/claims/route";
import { POST as checkWorthiness } from "@/app/api/v1/check-worthiness/route";
import { POST as claimReviews } from "@/app/api/v1/claim-reviews/route";
import { GET as claimsCsv } from "@/app/api/v1/claims.csv/route";
import { GET as similar } from "@/app/api/v1/claims/similar/route";
import { GET as annotations } from "@/app/api/v1/fact-checks/[slug]/annotations/route";
import { GET as factCheck } from "@/app/api/v1/fact-checks/[slug]/route";
import { GET as factChecks } from "@/app/api/v1/fact-checks/route";
import { db } from "@/lib/db";
import dataFeed from "@/lib/domain/claim-review-import/fixtures/data-feed.json";
import { importClaimReviewsResultSchema } from "@/lib/schemas/reference";
import type { Actor } from "@/lib/permissions";
import {
  annotationCollectionSchema,
  apiErrorSchema,
  articleClaimsSchema,
  checkWorthinessSchema,
  factCheckListSchema,
  factCheckSchema,
  similarClaimsSchema,
} from "@/lib/schemas/api";
import { updateUser } from "@/lib/server/admin/manage-users";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { actorFor } from "@/lib/testing/actors";
import { BASE, callRoute, type Handler } from "@/lib/testing/api-call";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";

let admin: Actor;
let readToken: string;
let writeToken: string;
let articleId: string;
const call = callRoute;

/** Another published fact-check: a copy of the sample's snapshot under a new slug, published at `at`. */
async function publishCopy(slug: string, at: Date) {
  const sample = await db.publication.findFirstOrThrow({ where: { slug: SAMPLE_ARTICLE.slug }, orderBy: { version: "desc" } });
  const article = await db.article.create({ data: { title: slug, slug, createdById: admin.id, publicationStatus: "PUBLISHED" } });
  const snapshot = sample.snapshot as { article: { title: string } };
  await db.publication.create({
    data: {
      articleId: article.id,
      version: 1,
      slug,
      snapshot: { ...snapshot, article: { ...snapshot.article, title: `Copy ${slug}` } },
      publishedAt: at,
      publishedById: admin.id,
    },
  });
}

beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
  readToken = (await createApiToken({ actor: admin, input: { name: "Newsroom dashboard", scope: "read" } })).token;
  writeToken = (await createApiToken({ actor: admin, input: { name: "Archive importer", scope: "WRITE" } })).token;
  articleId = (await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug } })).id;
});

afterEach(() => {
  delete process.env.API_ANONYMOUS_RATE_LIMIT;
  delete process.env.API_RATE_LIMIT;
});

describe("published fact-checks (public)", () => {
  it("lists them for anyone, newest first, in pages that neither repeat nor skip", async () => {
    for (const [index, slug] of ["copy-a", "copy-b", "copy-c"].entries()) await publishCopy(slug, new Date(Date.UTC(2020, 0, 1 + index)));
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const response: Response = await call(factChecks as Handler, `/api/v1/fact-checks?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("vary")).toBe("Authorization"); // cached publicly, but never for a token holder
      const page = factCheckListSchema.strict().parse(await response.json());
      expect(page.factChecks.length).toBeLessThanOrEqual(2);
      seen.push(...page.factChecks.map((item) => item.slug));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([SAMPLE_ARTICLE.slug, "copy-c", "copy-b", "copy-a"]);
    const bad = await call(factChecks as Handler, "/api/v1/fact-checks?cursor=nonsense&limit=500");
    expect(bad.status).toBe(422);
    expect(apiErrorSchema.parse(await bad.json()).error).toMatchObject({
      code: "INVALID_INPUT",
      fields: { limit: ["Ask for at most 100."] },
    });
  });

  it("gives one fact-check with its claims, ratings and ClaimReview; unknown ones are a 404 in the error shape", async () => {
    const response = await call(factCheck as Handler, `/api/v1/fact-checks/${SAMPLE_ARTICLE.slug}`, {
      params: { slug: SAMPLE_ARTICLE.slug },
    });
    const body = factCheckSchema.parse(await response.json());
    expect(body.url).toBe(`${BASE}/f/${SAMPLE_ARTICLE.slug}`);
    expect(body.claims.map((claim) => claim.rating.label)).toEqual(["True", "Unverifiable", "True", "True"]);
    expect(body.claimReviews[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: body.claims[0]!.claimReviewed });
    for (const [slug, query] of [
      ["no-such-fact-check", ""],
      [SAMPLE_ARTICLE.slug, "?version=99"],
    ] as const) {
      const missing = await call(factCheck as Handler, `/api/v1/fact-checks/${slug}${query}`, { params: { slug } });
      expect(missing.status).toBe(404);
      expect(apiErrorSchema.parse(await missing.json()).error.code).toBe("NOT_FOUND");
    }
  });
});

describe("tokens", () => {
  it("opens an article's claims to a read token only, and records each use with the token's name", async () => {
    const path = `/api/v1/articles/${articleId}/claims`;
    const anonymous = await call(articleClaims as Handler, path, { params: { id: articleId } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const response = await call(articleClaims as Handler, path, { params: { id: articleId }, token: readToken });
    expect(response.status).toBe(200);
    const body = articleClaimsSchema.strict().parse(await response.json());
    expect(body.claims.length).toBe(await db.claim.count({ where: { articleId, deletedAt: null } }));
    expect(body.claims[0]).toMatchObject({ anchorStatus: "ANCHORED", anchor: { quote: expect.any(String), start: expect.any(Number) } });
    const uses = await db.auditEvent.findMany({ where: { entityType: "ApiToken", action: "use" } });
    expect(uses.at(-1)?.changes).toMatchObject({ token: "Newsroom dashboard", method: "GET", path, status: 200 });
    expect((await db.apiToken.findFirstOrThrow({ where: { name: "Newsroom dashboard" } })).lastUsedAt).not.toBeNull();
  });

  it("refuses unknown, malformed and revoked tokens with a 401 that says which", async () => {
    const path = `/api/v1/articles/${articleId}/claims`;
    const unknown = await call(articleClaims as Handler, path, { params: { id: articleId }, token: "fcw_not-a-real-token" });
    expect((await unknown.json()).error.message).toMatch(/not known/);
    const basic = await call(articleClaims as Handler, path, {
      params: { id: articleId },
      init: { headers: { authorization: "Basic YTpi" } },
    });
    expect(basic.status).toBe(401);
    const { token, id } = await createApiToken({ actor: admin, input: { name: "Short-lived", scope: "read" } });
    await revokeApiToken({ actor: admin, input: { tokenId: id } });
    const revoked = await call(articleClaims as Handler, path, { params: { id: articleId }, token });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toMatch(/"Short-lived"\) was revoked/);
  });

  it("stops a token when the admin who created it is disabled or no longer an admin", async () => {
    const path = `/api/v1/articles/${articleId}/claims`;
    const person = await db.user.findUniqueOrThrow({ where: { email: "editor2@example.org" } });
    await updateUser({ actor: admin, input: { userId: person.id, role: "ADMIN" } });
    const { token } = await createApiToken({
      actor: await actorFor("editor2@example.org"),
      input: { name: "Departing admin's script", scope: "read" },
    });
    expect((await call(articleClaims as Handler, path, { params: { id: articleId }, token })).status).toBe(200);
    await updateUser({ actor: admin, input: { userId: person.id, disabled: true } });
    const refused = await call(articleClaims as Handler, path, { params: { id: articleId }, token });
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.message).toMatch(/no longer an active admin/);
    await updateUser({ actor: admin, input: { userId: person.id, disabled: false, role: "EDITOR" } });
    expect((await call(articleClaims as Handler, path, { params: { id: articleId }, token })).status).toBe(401);
  });

  it("keeps token management to admins, with unique names among tokens in use", async () => {
    await expect(
      createApiToken({ actor: await actorFor("editor@example.org"), input: { name: "Mine", scope: "write" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createApiToken({ actor: admin, input: { name: "newsroom DASHBOARD", scope: "read" } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [expect.any(String)] },
    });
    await expect(createApiToken({ actor: admin, input: { name: "Other", scope: "admin" } })).rejects.toMatchObject({
      fieldErrors: { scope: [expect.stringMatching(/read.*write/)] },
    });
    expect(await db.apiToken.count({ where: { tokenHash: { startsWith: "fcw_" } } })).toBe(0);
  });
});

describe("similar claims", () => {
  it("finds published fact-checks for anyone, and the desk's unpublished claims only with a token", async () => {
    const draft = await db.claim.findFirstOrThrow({ where: { articleId, state: "DRAFT" } });
    const text = encodeURIComponent(draft.text.slice(0, 80));
    const anonymous = similarClaimsSchema.parse(await (await call(similar as Handler, `/api/v1/claims/similar?text=${text}`)).json());
    expect(anonymous.results.some((result) => result.claimReviewed === draft.text)).toBe(false);
    const withToken = similarClaimsSchema.parse(
      await (await call(similar as Handler, `/api/v1/claims/similar?text=${text}&limit=3`, { token: readToken })).json(),
    );
    expect(withToken.results[0]).toMatchObject({
      claimReviewed: draft.text,
      origin: "desk",
      url: `${BASE}/articles/${articleId}?claim=${draft.id}`,
    });
    expect(withToken.results.length).toBeLessThanOrEqual(3);
    const published = similarClaimsSchema.parse(
      await (
        await call(
          similar as Handler,
          `/api/v1/claims/similar?text=${encodeURIComponent("Trump designated cartels as terrorist organizations")}`,
        )
      ).json(),
    );
    expect(published.results[0]).toMatchObject({
      origin: "desk",
      rating: "True",
      url: expect.stringContaining(`/f/${SAMPLE_ARTICLE.slug}#claim-`),
    });
    expect(published.results[0]!.score).toBeGreaterThan(0.3);
    expect((await call(similar as Handler, "/api/v1/claims/similar?text=x")).status).toBe(422);
  });
});

describe("check-worthiness", () => {
  it("scores each sentence of a posted text, and refuses what is not JSON or too large", async () => {
    const post = (body: string, type = "application/json") =>
      call(checkWorthiness as Handler, "/api/v1/check-worthiness", { init: { method: "POST", body, headers: { "content-type": type } } });
    const scored = checkWorthinessSchema.parse(
      await (await post(JSON.stringify({ text: "Thank you all. Crime doubled in Chicago since 2019, the mayor said." }))).json(),
    );
    expect(scored.sentences).toHaveLength(2);
    expect(scored.sentences[1]!.score).toBeGreaterThan(scored.sentences[0]!.score);
    expect((await post("text=hello", "application/x-www-form-urlencoded")).status).toBe(422);
    expect((await post("{not json")).status).toBe(422);
    expect((await post(JSON.stringify({ text: "x".repeat(100_001) }))).status).toBe(422);
    expect((await post(JSON.stringify({ text: "x".repeat(1_100_000) }))).status).toBe(413);
  });
});

describe("claims CSV", () => {
  it("exports the desk's claims with a read token, filtered like the search page", async () => {
    const response = await call(claimsCsv as Handler, "/api/v1/claims.csv?state=approved", { token: readToken });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^claim_id,article_id,article_title,claim,/);
    expect(lines.length - 1).toBe(await db.claim.count({ where: { state: "APPROVED", deletedAt: null } }));
    expect(lines.slice(1).every((line) => line.includes(",approved,"))).toBe(true);
    expect((await call(claimsCsv as Handler, "/api/v1/claims.csv")).status).toBe(401);
    // % and _ are the characters they are, not wildcards.
    for (const query of ["q=%25", "q=_", "rating=F_lse", "claimant=%25"]) {
      const text = await (await call(claimsCsv as Handler, `/api/v1/claims.csv?${query}`, { token: readToken })).text();
      expect(
        text
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n"),
        query,
      ).toHaveLength(1);
    }
    expect((await call(claimsCsv as Handler, "/api/v1/claims.csv?ids=not-an-id", { token: readToken })).status).toBe(422);
  });
});

describe("the reference archive through the API", () => {
  it("imports a DataFeed with a write token, idempotently; a read token is refused and nothing is written", async () => {
    const post = (token: string | undefined, body: string) =>
      call(claimReviews as Handler, "/api/v1/claim-reviews", {
        token,
        init: { method: "POST", body, headers: { "content-type": "application/ld+json" } },
      });
    const before = await db.referenceClaimReview.count();
    expect((await post(undefined, JSON.stringify(dataFeed))).status).toBe(401);
    const refused = await post(readToken, JSON.stringify(dataFeed));
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(await refused.json()).error.message).toBe("This token's scope (read) does not allow this.");
    expect(await db.referenceClaimReview.count()).toBe(before);
    const first = importClaimReviewsResultSchema.parse(await (await post(writeToken, JSON.stringify(dataFeed))).json());
    expect(first.imported).toBeGreaterThan(0);
    const again = importClaimReviewsResultSchema.parse(await (await post(writeToken, JSON.stringify(dataFeed))).json());
    expect(again).toMatchObject({ imported: 0, updated: 0, skipped: first.imported });
    const uses = await db.auditEvent.findMany({ where: { entityType: "ApiToken", action: "use" }, orderBy: { id: "desc" }, take: 1 });
    expect(uses[0]?.changes).toMatchObject({ token: "Archive importer", method: "POST", status: 200 });
    expect((await post(writeToken, `[${"{}".padEnd(6 * 1024 * 1024, " ")}]`)).status).toBe(413);
  });
});

describe("Web Annotation export", () => {
  it("answers a published fact-check's annotations as JSON-LD, and 404 for a missing one", async () => {
    const response = await call(annotations as Handler, `/api/v1/fact-checks/${SAMPLE_ARTICLE.slug}/annotations`, {
      params: { slug: SAMPLE_ARTICLE.slug },
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const collection = annotationCollectionSchema.parse(await response.json());
    expect(collection.first.items.length).toBe(collection.total);
    expect((await call(annotations as Handler, "/api/v1/fact-checks/nothing/annotations", { params: { slug: "nothing" } })).status).toBe(
      404,
    );
  });
});
