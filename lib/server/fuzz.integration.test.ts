// Hostile input against every use-case: wrong types, missing fields, 1 MB strings, deep JSON, NUL
// bytes, lone surrogates, unknown ids. Every answer must be a clear AppError (never an internal
// error), and the database must not change at all.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { READ_ONLY_USE_CASES, USE_CASES } from "./use-cases";

const UNKNOWN = "cnosuchrecord000000000000";
const MEGABYTE = "x".repeat(1024 * 1024);
let deep: unknown = "leaf";
for (let level = 0; level < 5_000; level++) deep = { content: [deep] };

/** A well-shaped input per use-case that still names nothing that exists, so it can never write. */
const SHAPES: Record<keyof typeof USE_CASES, Record<string, unknown>> = {
  updateUser: { userId: UNKNOWN, role: "EDITOR" },
  moveRating: { ratingId: UNKNOWN, direction: "up" },
  retireRating: { ratingId: UNKNOWN, retired: "true" },
  saveRating: { ratingId: UNKNOWN, label: "L", value: "3", description: "d", color: "#123456", icon: "check" },
  updatePublisherProfile: { name: "", url: "javascript:alert(1)", logoUrl: "data:x", description: "", requiredApprovals: "x" },
  importArticle: { kind: "url", url: "http://127.0.0.1:1/never" },
  addArticleRevision: { kind: "text", articleId: UNKNOWN, text: "A new version." },
  reattachClaim: { claimId: UNKNOWN, version: 1, start: 0, end: 5 },
  similarForClaim: { claimId: UNKNOWN, text: "troops" },
  getClaimantRecord: { claimantId: UNKNOWN },
  suggestClaims: { articleId: UNKNOWN },
  updateClaimant: { claimantId: UNKNOWN, name: "N", title: "", sameAs: "javascript:alert(1)" },
  mergeClaimants: { claimantId: UNKNOWN, intoId: UNKNOWN },
  linkClaimMatch: { claimId: UNKNOWN, href: "https://example.org/check" },
  unlinkClaimMatch: { claimId: UNKNOWN, matchId: UNKNOWN },
  previewArticleUrl: { url: "file:///etc/passwd" },
  getArticleChanges: { articleId: UNKNOWN, from: "1", to: "2" },
  createClaimant: { name: "", sameAs: ["javascript:alert(1)"] },
  searchClaimants: { query: MEGABYTE },
  addSource: { claimId: UNKNOWN, version: 1, title: "T", url: "https://example.org" },
  editSource: { claimId: UNKNOWN, version: 1, sourceId: UNKNOWN, title: "T", url: "https://example.org" },
  createClaim: { articleId: UNKNOWN, start: 0, end: 5 },
  deleteClaim: { claimId: UNKNOWN, version: 1 },
  removeSource: { claimId: UNKNOWN, version: 1, sourceId: UNKNOWN },
  reopenClaim: { claimId: UNKNOWN, version: 1 },
  submitClaim: { claimId: UNKNOWN, version: 1 },
  updateClaim: { claimId: UNKNOWN, version: 1, summary: "s", claimantId: UNKNOWN, ratingId: UNKNOWN, assigneeId: UNKNOWN },
  addComment: { claimId: UNKNOWN, body: "hello" },
  publishArticle: { articleId: UNKNOWN, correctionNote: "note" },
  unpublishArticle: { articleId: UNKNOWN },
  approveClaim: { claimId: UNKNOWN, version: 1, verdictVersion: 1 },
  requestChanges: { claimId: UNKNOWN, version: 1, verdictVersion: 1, reason: "r" },
  searchDesk: { q: "x", kind: "claims", state: "approved", rating: "False", claimant: "x", from: "2024-01-01", to: "2024-12-31" },
  createApiToken: { name: "", scope: "admin" },
  revokeApiToken: { tokenId: UNKNOWN },
  listFactChecks: { cursor: "x", limit: "1" },
  getFactCheck: { slug: "no-such-fact-check", version: "1" },
  findSimilarClaims: { text: "troops", limit: "3" },
  scoreText: { text: "Crime doubled since 2019." },
  listArticleClaims: { id: UNKNOWN },
  exportClaims: { q: "troops", state: "approved", ids: UNKNOWN },
  bulkUpdateClaims: { claims: [{ claimId: UNKNOWN, version: 1 }], action: { kind: "priority", priority: "HIGH" } },
  listDeskClaims: {
    state: "DRAFT",
    assignee: "nobody",
    overdue: "1",
    dueBefore: "2026-01-01",
    priority: "HIGH",
    rating: "False",
    published: "2026-05",
    sort: "due",
    page: "2",
  },
  bulkUpdateArticles: { articleIds: [UNKNOWN], action: { kind: "assign", assigneeId: null } },
  // Broken in every required field at once, so no single replaced field can make it importable.
  importClaimReviews: {
    "@type": "ClaimReview",
    url: "javascript:alert(1)",
    claimReviewed: "",
    reviewRating: { alternateName: "" },
    author: { url: "https://example.org/" },
  },
  searchReferenceArchive: { q: "x", page: "1" },
  listMyNotifications: { page: "1" },
  openNotification: { notificationId: UNKNOWN },
  markAllNotificationsRead: { seenAt: "yesterday" },
  saveNotificationSettings: { settings: [{ kind: "EVERYTHING", inApp: "yes", email: "no" }] },
};

/** Malformed variants of a shape: the whole input replaced, and each field broken in turn. */
function payloads(shape: Record<string, unknown>): unknown[] {
  const whole = [undefined, null, 42, "text", [], {}, [shape], deep, { ...shape, __proto__: { polluted: true } }, MEGABYTE];
  const perField = Object.keys(shape).flatMap((field) =>
    [
      null,
      1e308,
      -1,
      true,
      [],
      { nested: deep },
      MEGABYTE,
      "a\u0000b",
      "broken \uD800",
      "javascript:alert(1)",
      "cnosuchrecord000000000001",
      undefined,
    ].map((value) => ({ ...shape, [field]: value })),
  );
  return [...whole, ...perField];
}

async function databaseFingerprint(): Promise<string> {
  const tables = await db.$queryRaw<
    { name: string }[]
  >`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${name}" t`,
    );
    parts.push(`${name}=${row!.digest}`);
  }
  return parts.join("\n");
}

let admin: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
});

describe("hostile input against every use-case", () => {
  it("answers every malformed payload with a clear error and changes nothing", async () => {
    const before = await databaseFingerprint();
    const internal: string[] = [];
    let calls = 0;
    for (const [name, run] of Object.entries(USE_CASES)) {
      for (const input of payloads(SHAPES[name as keyof typeof USE_CASES])) {
        calls++;
        const outcome = await run({ actor: admin, input }).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        // A read with a malformed query may still find nothing; every write must be refused.
        if ("value" in outcome) {
          if (!READ_ONLY_USE_CASES.has(name as keyof typeof USE_CASES))
            internal.push(`${name}: accepted ${JSON.stringify(input)?.slice(0, 120)}`);
        } else if (!toAppError(outcome.error)) {
          internal.push(`${name}: ${String((outcome.error as Error)?.message).slice(0, 200)} for ${JSON.stringify(input)?.slice(0, 120)}`);
        }
      }
    }
    console.log(
      `fuzz: ${calls} malformed calls to ${Object.keys(USE_CASES).length} use-cases, ${internal.length} not answered with a clear error`,
    );
    expect(internal).toEqual([]);
    expect(await databaseFingerprint()).toBe(before);
  }, 240_000);
});
