// Desk search at scale: 100,000 claims in 10,000 articles (with claimants, verdicts and sources),
// written straight into the throw-away database in batches of INSERT … SELECT unnest(…) (the search
// triggers index every row as the app's writes would). Each query runs through the real use-case,
// then again with bitmap scans switched off — the GIN indexes unusable, the same query as a
// sequential scan — for the ratio.
import pg from "pg";
import { disconnectDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { searchDesk } from "@/lib/server/search/search-desk";
import { benchVocabulary, seeded } from "./bench-corpus";
import { percentile } from "./stats";

export const SEARCH_ARTICLES = 10_000;
const CLAIMS_PER_ARTICLE = 10;

async function run(client: pg.Client, sql: string, params: unknown[] = []) {
  return client.query(sql, params);
}

/** Fills the database of `ownerUrl` (its owner) with the search corpus; returns the words used. */
export async function seedSearchCorpus(ownerUrl: string, log: (line: string) => void) {
  const vocabulary = benchVocabulary();
  const next = seeded(42);
  // Zipf-like: the first words of the vocabulary are drawn far more often than the last.
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(Math.pow(next(), 3) * vocabulary.length)]!).join(" ");
  const title = (n: number) => words(n).replace(/^\p{L}/u, (first) => first.toUpperCase());
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const started = performance.now();
  try {
    const user = (await run(client, `SELECT "id" FROM "User" WHERE "email" = 'editor@example.org'`)).rows[0].id as string;
    const ratings = (await run(client, `SELECT "id" FROM "Rating"`)).rows.map((row) => row.id as string);
    const claimants = Array.from({ length: 2000 }, (_, n) => `bench-p-${n}`);
    await run(
      client,
      `INSERT INTO "Claimant" ("id", "name", "updatedAt") SELECT id, name, now() FROM unnest($1::text[], $2::text[]) AS t(id, name)`,
      [claimants, claimants.map(() => title(2))],
    );
    const states = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];
    for (let from = 0; from < SEARCH_ARTICLES; from += 1000) {
      const ids = Array.from({ length: 1000 }, (_, n) => String(from + n));
      const days = ids.map(() => Math.floor(next() * 700));
      await run(
        client,
        `INSERT INTO "Article" ("id", "title", "slug", "createdById", "createdAt", "updatedAt")
        SELECT 'bench-a-' || n, t, 'bench-a-' || n, $3, now() - d * interval '1 day', now() FROM unnest($1::text[], $2::text[], $4::int[]) AS x(n, t, d)`,
        [ids, ids.map(() => title(8)), user, days],
      );
      const bodies = ids.map(() => `${title(300)}.`);
      await run(
        client,
        `INSERT INTO "ArticleRevision" ("id", "articleId", "number", "format", "rawInput", "sanitizedHtml", "plainText", "contentHash", "title", "language", "importedById")
        SELECT 'bench-r-' || n, 'bench-a-' || n, 1, 'TEXT', '', '', b, md5(b), 'Revision ' || n, 'en', $3 FROM unnest($1::text[], $2::text[]) AS x(n, b)`,
        [ids, bodies, user],
      );
      await run(client, `UPDATE "Article" SET "currentRevisionId" = 'bench-r-' || substr("id", 9) WHERE "id" = ANY($1::text[])`, [
        ids.map((n) => `bench-a-${n}`),
      ]);
      const claims = ids.flatMap((n, index) =>
        Array.from({ length: CLAIMS_PER_ARTICLE }, (_, k) => ({ n, k, text: `${title(12)}.`, day: days[index]! })),
      );
      await run(
        client,
        `INSERT INTO "Claim" ("id", "articleId", "revisionId", "anchorExact", "anchorPrefix", "anchorSuffix", "anchorStart", "anchorEnd", "text", "claimantId", "state", "createdById", "createdAt", "updatedAt")
        SELECT 'bench-c-' || n || '-' || k, 'bench-a-' || n, 'bench-r-' || n, t, '', '', 0, length(t), t, p, s::"ClaimState", $7, now() - d * interval '1 day', now()
        FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(n, k, t, p, s, d)`,
        [
          claims.map((c) => c.n),
          claims.map((c) => c.k),
          claims.map((c) => c.text),
          claims.map(() => (next() < 0.6 ? claimants[Math.floor(next() * 2000)]! : null)),
          claims.map(() => states[Math.floor(next() * 4)]!),
          claims.map((c) => c.day),
          user,
        ],
      );
      const judged = claims.filter(() => next() < 0.2).map((c) => `bench-c-${c.n}-${c.k}`);
      await run(
        client,
        `INSERT INTO "Verdict" ("id", "claimId", "ratingId", "summary", "explanationText", "authorId", "updatedAt")
        SELECT 'bench-v-' || c, c, r, s, e, $5, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(c, r, s, e)`,
        [
          judged,
          judged.map(() => ratings[Math.floor(next() * ratings.length)]!),
          judged.map(() => title(10)),
          judged.map(() => title(60)),
          user,
        ],
      );
      const sourced = claims.filter(() => next() < 0.2).map((c) => `bench-c-${c.n}-${c.k}`);
      await run(
        client,
        `INSERT INTO "Source" ("id", "claimId", "title", "publisher", "quote")
        SELECT 'bench-s-' || c, c, t, p, q FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(c, t, p, q)`,
        [sourced, sourced.map(() => title(6)), sourced.map(() => title(2)), sourced.map(() => words(20))],
      );
    }
    for (const table of ["Claimant", "Article", "ArticleRevision", "Claim", "Verdict", "Source"])
      await run(client, `VACUUM ANALYZE "${table}"`);
    const counts = (
      await run(client, `SELECT (SELECT count(*) FROM "Claim")::int AS claims, (SELECT count(*) FROM "Article")::int AS articles`)
    ).rows[0];
    log(
      `seeded ${counts.claims.toLocaleString("en")} claims in ${counts.articles.toLocaleString("en")} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { vocabulary, claimant: (await run(client, `SELECT "name" FROM "Claimant" WHERE "id" = 'bench-p-17'`)).rows[0].name as string };
  } finally {
    await client.end();
  }
}

/** A mix of what editors type: common and rare words, two words, a phrase, a name, an accent, a typo. */
export function searchQueries(vocabulary: string[], claimant: string): string[] {
  const w = (rank: number) => vocabulary[rank]!;
  const typo = (word: string) => `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
  return [
    w(40),
    w(150),
    w(450),
    w(1500),
    w(3200),
    `${w(60)} ${w(260)}`,
    `${w(300)} ${w(900)}`,
    `${w(120)} ${w(2600)}`,
    `"${w(70)} ${w(90)}"`,
    claimant,
    w(220).replace("e", "é"),
    typo(w(2200)),
  ];
}

/** Every pooled connection loads the text search dictionaries once (a few hundred ms): before timing. */
async function warm(actor: Actor, q: string) {
  await Promise.all(Array.from({ length: 10 }, () => searchDesk({ actor, input: { q } })));
}

async function time(actor: Actor, queries: string[], runs: number) {
  const times: number[] = [];
  for (const q of queries) {
    await searchDesk({ actor, input: { q } });
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await searchDesk({ actor, input: { q } });
      times.push(performance.now() - start);
    }
  }
  return times;
}

/** Search timings through the use-case: with the indexes, then as sequential scans. */
export async function benchSearch(actor: Actor, queries: string[]) {
  await warm(actor, queries[0]!);
  const indexed = await time(actor, queries, 5);
  const url = process.env.DATABASE_URL!;
  await disconnectDb();
  process.env.DATABASE_URL = `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent("-c enable_bitmapscan=off")}`;
  try {
    await warm(actor, queries[0]!);
    const sequential = await time(actor, queries, 2);
    const summary = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95) });
    const ours = summary(indexed);
    const scan = summary(sequential);
    return { queries: queries.length, ours, scan, ratio: scan.p50 / ours.p50 };
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = url;
  }
}
