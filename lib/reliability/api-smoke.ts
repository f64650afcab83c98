// Every API v1 endpoint against the production build, with a token of each scope and none: the
// documented successes succeed. (Route handlers run differently there than when tests import them:
// a route without path segments gets no params at all.)
import { ENDPOINTS } from "@/lib/api/endpoints";
import { tokenHash } from "@/lib/server/api-tokens/token-secret";
import pg from "pg";
import type { AppUnderTest } from "./app-under-test";

const READ = "fcw_reliability-read-token-000000000000";
const WRITE = "fcw_reliability-write-token-00000000000";

async function insertTokens(ownerUrl: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'ADMIN' AND NOT disabled LIMIT 1`);
    for (const [name, scope, secret] of [
      ["Reliability read", "READ", READ],
      ["Reliability write", "WRITE", WRITE],
    ] as const)
      await client.query(
        `INSERT INTO "ApiToken" (id, name, scope, "tokenHash", prefix, "createdById") VALUES ($1, $2, $3, $4, 'fcw_…', $5) ON CONFLICT DO NOTHING`,
        [`creliability${scope.toLowerCase()}00000000`, name, scope, tokenHash(secret), rows[0]!.id],
      );
    return (
      await client.query<{ articleId: string; slug: string }>(
        `SELECT a.id AS "articleId", a.slug FROM "Article" a WHERE a."publicationStatus" = 'PUBLISHED' LIMIT 1`,
      )
    ).rows[0]!;
  } finally {
    await client.end();
  }
}

export async function apiSmoke(app: AppUnderTest) {
  const { articleId, slug } = await insertTokens(app.ownerUrl());
  const claimReview = {
    "@type": "ClaimReview",
    url: "https://factcheck.example.org/reliability",
    claimReviewed: "A reliability check",
    reviewRating: { alternateName: "False" },
    author: { name: "Example Fact Desk" },
  };
  const calls: Record<string, { path: string; token?: string; body?: unknown }> = {
    listFactChecks: { path: "/api/v1/fact-checks?limit=1" },
    getFactCheck: { path: `/api/v1/fact-checks/${slug}` },
    getFactCheckAnnotations: { path: `/api/v1/fact-checks/${slug}/annotations` },
    findSimilarClaims: { path: "/api/v1/claims/similar?text=troops%20to%20Mexico", token: READ },
    scoreCheckWorthiness: { path: "/api/v1/check-worthiness", body: { text: "Crime doubled since 2019, the mayor said." } },
    importClaimReviews: { path: "/api/v1/claim-reviews", token: WRITE, body: claimReview },
    listArticleClaims: { path: `/api/v1/articles/${articleId}/claims`, token: READ },
    exportClaimsCsv: { path: "/api/v1/claims.csv?state=approved", token: READ },
  };
  const failures: string[] = [];
  for (const endpoint of [...ENDPOINTS.map((e) => e.operationId), "openapi"]) {
    const call = endpoint === "openapi" ? { path: "/api/v1/openapi.json" } : calls[endpoint];
    if (!call) {
      failures.push(`${endpoint}: no smoke call`);
      continue;
    }
    const response = await fetch(`${app.base}${call.path}`, {
      method: call.body ? "POST" : "GET",
      headers: {
        ...(call.token ? { authorization: `Bearer ${call.token}` } : {}),
        ...(call.body ? { "content-type": "application/json" } : {}),
      },
      body: call.body ? JSON.stringify(call.body) : undefined,
    });
    if (response.status !== 200) failures.push(`${endpoint}: ${response.status} ${(await response.text()).slice(0, 200)}`);
  }
  if (failures.length) throw new Error(`API smoke: ${failures.join("; ")}`);
  return [`API v1: all ${ENDPOINTS.length} endpoints and the OpenAPI document answer 200 on the production build`];
}
