// The reliability suite's scenarios against a running app. Each returns figures to print and
// throws when the app does not hold.
import http from "node:http";
import autocannon from "autocannon";
import type { AppUnderTest } from "./app-under-test";
import { type ActionInfo, actionSucceeded, DeskClient, serverActions, workbenchAction } from "./desk-client";
import { integrityProblems, query } from "./integrity";

const SAMPLE_SLUG = "trump-sheinbaum-us-troops-mexico";

/** Public and desk pages at 20 connections: any 5xx fails. */
export async function loadRun(app: AppUnderTest, seconds = 4) {
  const lines: string[] = [];
  for (const path of ["/", `/f/${SAMPLE_SLUG}`, "/signin", "/articles"]) {
    const result = await autocannon({ url: `${app.base}${path}`, connections: 20, duration: seconds });
    const serverErrors = (result as unknown as { "5xx": number })["5xx"];
    lines.push(`${path}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${serverErrors} server errors`);
    if (serverErrors > 0 || result.errors > 0)
      throw new Error(`load run: ${path} answered ${serverErrors} server errors and ${result.errors} connection errors`);
  }
  return lines;
}

const fingerprint = (url: string) =>
  query<{ digest: string }>(
    url,
    `SELECT string_agg(t.n || '=' || t.d, ',' ORDER BY t.n) AS digest FROM (
     SELECT 'User' n, count(*)::text d FROM "User" UNION ALL SELECT 'Article', count(*)::text FROM "Article"
     UNION ALL SELECT 'Claim', (count(*) || ':' || coalesce(sum(version), 0))::text FROM "Claim" UNION ALL SELECT 'Source', count(*)::text FROM "Source"
     UNION ALL SELECT 'Comment', count(*)::text FROM "Comment" UNION ALL SELECT 'Publication', count(*)::text FROM "Publication"
     UNION ALL SELECT 'Rating', (count(*) || ':' || string_agg(label, '|' ORDER BY id))::text FROM "Rating"
     UNION ALL SELECT 'PublisherProfile', string_agg(name || coalesce(url, ''), '') FROM "PublisherProfile") t`,
  ).then((rows) => rows[0]!.digest);

/** API v1 with bad parameters, bodies and tokens (the fuzz covers the routes, not only the use-cases). */
function apiRequests(articleId: string): [string, RequestInit, string][] {
  const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  const deep = `${'{"text":'.repeat(3_000)}"x"${"}".repeat(3_000)}`;
  return [
    ["fact-checks limit=%ff", {}, "/api/v1/fact-checks?limit=%ff"],
    ["fact-checks cursor garbage", {}, `/api/v1/fact-checks?cursor=${"A".repeat(199)}`],
    ["fact-checks limit=-1", {}, "/api/v1/fact-checks?limit=-1&limit=2"],
    ["fact-check bad slug", {}, "/api/v1/fact-checks/..%2f..%2fetc"],
    ["fact-check version=0x1", {}, `/api/v1/fact-checks/${SAMPLE_SLUG}?version=0x1`],
    ["similar without text", {}, "/api/v1/claims/similar"],
    ["similar 100 KB text", {}, `/api/v1/claims/similar?text=${"troops ".repeat(15_000)}`],
    ["similar with NUL", {}, "/api/v1/claims/similar?text=a%00bcd"],
    ["article claims unknown id", { headers: { authorization: "Bearer fcw_nothing" } }, `/api/v1/articles/${articleId}/claims`],
    ["article claims Basic auth", { headers: { authorization: "Basic Og==" } }, `/api/v1/articles/${articleId}/claims`],
    ["claims.csv without token", {}, "/api/v1/claims.csv?state=%ff"],
    ["check-worthiness empty body", json(""), "/api/v1/check-worthiness"],
    ["check-worthiness deep JSON", json(deep), "/api/v1/check-worthiness"],
    ["check-worthiness array", json("[1,2,3]"), "/api/v1/check-worthiness"],
    [
      "check-worthiness bad UTF-8",
      { method: "POST", body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: { "content-type": "application/json" } },
      "/api/v1/check-worthiness",
    ],
    [
      "check-worthiness form body",
      { method: "POST", body: "text=x", headers: { "content-type": "application/x-www-form-urlencoded" } },
      "/api/v1/check-worthiness",
    ],
    ["check-worthiness lone surrogate", json('{"text":"\\ud800 x"}'), "/api/v1/check-worthiness"],
    ["GET on a POST endpoint", {}, "/api/v1/check-worthiness"],
    ["unknown API path", {}, "/api/v1/nothing-here"],
  ];
}

/** Requests fetch() will not send: odd methods, a missing or forged Host. */
async function rawRequests(base: string): Promise<[string, number][]> {
  const { hostname, port } = new URL(base);
  const send = (method: string, headers: Record<string, string>) =>
    new Promise<number>((resolve) => {
      const request = http.request({ hostname, port, path: "/", method, headers, setHost: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", () => resolve(0));
      request.end();
    });
  const host = `${hostname}:${port}`;
  return [
    ["TRACE /", await send("TRACE", { host })],
    ["PROPFIND /", await send("PROPFIND", { host })],
    ["no Host header", await send("GET", {})],
    ["Host with a path in it", await send("GET", { host: "example.org/x" })],
    ["Host that is not a name", await send("GET", { host: "exa mple.org" })],
  ];
}

/** Malformed requests to routes and to every server action: never a 5xx, never a change. */
export async function httpFuzz(app: AppUnderTest) {
  const admin = new DeskClient(app.base);
  await admin.signIn("admin@example.org", process.env.DEMO_PASSWORD || "factcheck-demo");
  const [ids] = await query<{ articleId: string; claimId: string }>(
    app.ownerUrl(),
    `SELECT "articleId", id AS "claimId" FROM "Claim" LIMIT 1`,
  );
  const before = await fingerprint(app.ownerUrl());
  const failures: string[] = [];
  let requests = 0;
  const check = (what: string, status: number) => {
    requests++;
    // oEmbed 1.0 prescribes 501 Not Implemented for a format the provider does not serve.
    const specified = status === 501 && what.includes("/oembed?") && what.includes("format=");
    if (status >= 500 && !specified) failures.push(`${what} → ${status}`);
  };
  for (const path of [
    "/f/%ff",
    "/f/%",
    "/f/%E0%A4%A",
    "/%ff",
    "/articles/%ff",
    `/f/${SAMPLE_SLUG}?version=%ff`,
    `/f/${SAMPLE_SLUG}?version=99999999999`,
    "/review/%00",
    "/search?q=%ff",
    `/search?q=${"x".repeat(10_000)}`,
    "/signin?callbackUrl=%ff",
    `/f/${"a".repeat(5_000)}`,
    "/api/auth/%ff",
    "/articles/cnosucharticle00000000000",
    "/embed/f/%ff",
    `/embed/f/${SAMPLE_SLUG}?version=%ff`,
    `/embed/f/${"a".repeat(5_000)}`,
    "/oembed?url=%ff",
    `/oembed?url=${"x".repeat(10_000)}&maxwidth=%ff&maxheight=-1`,
    "/oembed?url=javascript:alert(1)&format=%ff",
    "/feeds/claim-review.json?%ff",
    "/feeds/fact-checks.xml?version=%ff",
  ]) {
    check(`GET ${path}`, (await admin.fetch(path)).status);
  }
  const deep = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
  const bodies = [
    "",
    "{",
    "[]",
    "null",
    "[null, null]",
    '["%ff", {"claimId": 5}]',
    deep,
    `["${"x".repeat(1_000_000)}"]`,
    '[{"__proto__": {"ok": true}}]',
    '["cnosucharticle00000000000", {"claimId": "cnosuchclaim0000000000000", "version": 1}]',
    // Strings React's decoder would read as promises, server functions, maps, form parts, numbers.
    '["$@0"]',
    '["$F1", {"claimId": "$h0"}]',
    '["cnosucharticle00000000000", {"tags": "$Q0", "text": "$W1"}]',
    '["$nabc", "$K1", "$T"]',
  ];
  const actions: ActionInfo[] = serverActions(ids!.articleId, ids!.claimId);
  for (const action of actions) {
    for (const body of bodies) check(`${action.name}(${body.slice(0, 30)})`, (await admin.action(action, body)).status);
  }
  check("unknown action", (await admin.action({ id: "00".repeat(21), name: "unknown", page: "/articles" }, "[]")).status);
  const multipart = (boundary: string, body: string) => ({
    method: "POST",
    body,
    headers: { "next-action": actions[0]!.id, "content-type": `multipart/form-data; boundary=${boundary}` },
  });
  const part = (name: string, value: string) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  for (const [what, init] of [
    ["multipart without parts", multipart("b", "--b--")],
    ["multipart cut short", multipart("b", `--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"`)],
    ["multipart forged reference", multipart("b", `${part("0", '["$F1"]')}--b--\r\n`)],
    ["multipart root not JSON", multipart("b", `${part("0", "{")}--b--\r\n`)],
  ] as const)
    check(what, (await admin.fetch(actions[0]!.page, init)).status);
  const foreign = await admin.fetch(actions[0]!.page, {
    method: "POST",
    body: "[]",
    headers: { "next-action": actions[0]!.id, "content-type": "text/plain;charset=UTF-8", origin: "https://elsewhere.example" },
  });
  check("action from a foreign origin", foreign.status === 403 ? 403 : 500 + foreign.status);
  const formPost = await admin.fetch(actions[0]!.page, {
    method: "POST",
    body: new URLSearchParams({ [`$ACTION_ID_${actions[0]!.id}`]: "" }),
    headers: { origin: "https://elsewhere.example" },
  });
  check("form posted from a foreign origin without script", formPost.status === 403 ? 403 : 500 + formPost.status);
  for (const [what, status] of await rawRequests(app.base)) check(what, status);
  for (const [what, init, path] of apiRequests(ids!.articleId)) check(what, (await admin.fetch(path, init)).status);
  const after = await fingerprint(app.ownerUrl());
  if (failures.length)
    throw new Error(`fuzz: ${failures.length} of ${requests} requests answered 5xx:\n  ${failures.slice(0, 20).join("\n  ")}`);
  if (after !== before) throw new Error(`fuzz: the database changed:\n  before ${before}\n  after  ${after}`);
  return [
    `${requests} malformed requests (${actions.length} server actions × ${bodies.length} bodies, routes with bad encodings): no 5xx, database unchanged`,
  ];
}

/** Kills Postgres while an editor saves a claim over and over; the desk must come back whole. */
export async function killDuringWrites(app: AppUnderTest, seconds = 8) {
  const editor = new DeskClient(app.base);
  await editor.signIn("editor@example.org", process.env.DEMO_PASSWORD || "factcheck-demo");
  const [claim] = await query<{ id: string; articleId: string }>(
    app.ownerUrl(),
    `SELECT id, "articleId" FROM "Claim" WHERE state = 'DRAFT' AND "deletedAt" IS NULL LIMIT 1`,
  );
  const update = workbenchAction("updateClaimAction", claim!.articleId, claim!.id);
  const tally = { acknowledged: 0, refused: 0, unavailable: 0, serverErrors: 0 };
  let acknowledgedVersion = 0;
  let version = (await query<{ version: number }>(app.ownerUrl(), `SELECT version FROM "Claim" WHERE id = $1`, [claim!.id]))[0]!.version;
  const killAt = Date.now() + 1_500;
  let killed = false;
  for (let round = 0; Date.now() < killAt + seconds * 1_000; round++) {
    if (!killed && Date.now() >= killAt) {
      process.kill(app.postgresPid(), "SIGKILL");
      killed = true;
    }
    const { status, text } = await editor
      .action(update, JSON.stringify([claim!.articleId, { claimId: claim!.id, version, tags: [`round ${round}`] }]))
      .catch(() => ({ status: 0, text: "" }));
    if (status === 503) tally.unavailable++;
    else if (status >= 500) tally.serverErrors++;
    else if (actionSucceeded(text)) {
      tally.acknowledged++;
      version = Number(/"version":(\d+)/.exec(text)?.[1] ?? version + 1);
      acknowledgedVersion = version;
    } else {
      tally.refused++;
      // After a failure, read the version the database really has.
      version = await query<{ version: number }>(app.ownerUrl(), `SELECT version FROM "Claim" WHERE id = $1`, [claim!.id]).then(
        (rows) => rows[0]!.version,
        () => version,
      );
    }
    if (status === 503 || status === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // The desk is back, and nothing acknowledged is missing.
  const signIn = await fetch(`${app.base}/signin`);
  if (signIn.status !== 200) throw new Error(`after the kill the desk answers ${signIn.status}`);
  const [stored] = await query<{ version: number }>(app.ownerUrl(), `SELECT version FROM "Claim" WHERE id = $1`, [claim!.id]);
  if (stored!.version < acknowledgedVersion)
    throw new Error(`an acknowledged write was lost: acknowledged version ${acknowledgedVersion}, stored ${stored!.version}`);
  const problems = await integrityProblems(app.ownerUrl());
  if (problems.length) throw new Error(`integrity after the kill:\n  ${problems.join("\n  ")}`);
  if (!/Postgres is back/.test(app.output())) throw new Error("the app did not restart its Postgres");
  return [
    `Postgres killed during writes: ${tally.acknowledged} saves acknowledged, ${tally.refused} refused, ${tally.unavailable} answered 503 while it restarted, ${tally.serverErrors} other server errors; stored version ${stored!.version} ≥ last acknowledged ${acknowledgedVersion}; integrity check clean`,
  ];
}
