// Similar fact-checks at scale: 15,000 reference fact-checks imported through the real import
// (the retrieval fixture's 60 real ones among synthetic ones), then every fixture post asked through
// the real use-case — anonymously (published and reference fact-checks, as the public API) and as an
// editor (the desk's 100,000 claims too) — timed per query, with MAP@5 and recall@5 at that size.
import pg from "pg";
import type { Actor } from "@/lib/permissions";
import { averagePrecisionAt, mean, recallAt } from "@/lib/domain/similar/retrieval-metrics";
import { importClaimReviews } from "@/lib/server/reference/import-claim-reviews";
import { asClaimReview, fixtureIdOf, retrievalFixture } from "@/lib/server/similar/claim-retrieval-fixture";
import { findSimilarClaims } from "@/lib/server/similar/find-similar-claims";
import { benchVocabulary, seeded } from "./bench-corpus";
import { percentile } from "./stats";

export const REFERENCE_FACT_CHECKS = 15_000;
const BATCH = 1_000;
const PUBLISHERS = ["Desk One", "Verifica", "Check Weekly", "Faktencheck Nord", "Truth Meter", "Fact Lens", "Claim Watch", "Rumour Desk"];
const RATINGS = ["False", "Mostly false", "Misleading", "Half true", "Mostly true", "True", "Missing context"];

function syntheticReviews(count: number) {
  const vocabulary = benchVocabulary();
  const next = seeded(11);
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(Math.pow(next(), 3) * vocabulary.length)]).join(" ");
  return Array.from({ length: count }, (_, n) => ({
    "@type": "ClaimReview",
    url: `https://reference.example.org/checks/${n}`,
    claimReviewed: `${words(8 + Math.floor(next() * 14))}.`,
    name: words(6 + Math.floor(next() * 5)),
    datePublished: new Date(Date.UTC(2018, 0, 1) + Math.floor(next() * 2500) * 86_400_000).toISOString().slice(0, 10),
    author: { "@type": "Organization", name: PUBLISHERS[n % PUBLISHERS.length] },
    reviewRating: { "@type": "Rating", alternateName: RATINGS[Math.floor(next() * RATINGS.length)] },
  }));
}

/** Imports the fixture's fact-checks and synthetic ones, REFERENCE_FACT_CHECKS in all. */
export async function seedReferenceArchive(admin: Actor, ownerUrl: string, log: (line: string) => void) {
  const started = performance.now();
  const items = [
    ...retrievalFixture.claims.map(asClaimReview),
    ...syntheticReviews(REFERENCE_FACT_CHECKS - retrievalFixture.claims.length),
  ];
  for (let index = 0; index < items.length; index += BATCH) {
    await importClaimReviews({ actor: admin, input: items.slice(index, index + BATCH) });
  }
  // As autovacuum would after an import this size: the ranking reads the lexeme statistics.
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query(`ANALYZE "ReferenceClaimReview"`).finally(() => owner.end());
  log(`imported ${items.length.toLocaleString("en")} reference fact-checks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function timed(actor: Actor | null, runs: number) {
  const times: number[] = [];
  const ap: number[] = [];
  const recall: number[] = [];
  for (const query of retrievalFixture.queries) {
    const results = await findSimilarClaims({ actor, input: { text: query.text, limit: 10 } });
    const ranked = results.map((result) => fixtureIdOf(result.href, result.claimReviewed) ?? result.href);
    ap.push(averagePrecisionAt(ranked, query.relevant));
    recall.push(recallAt(ranked, query.relevant));
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await findSimilarClaims({ actor, input: { text: query.text, limit: 10 } });
      times.push(performance.now() - start);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), map: mean(ap), recall: mean(recall) };
}

/** Per-query timings and quality, anonymously and as an editor. */
export async function benchSimilar(editor: Actor) {
  // Every pooled connection loads the text search dictionaries once: before timing.
  await Promise.all(
    Array.from({ length: 10 }, () => findSimilarClaims({ actor: editor, input: { text: "warm up the dictionaries", limit: 10 } })),
  );
  return { queries: retrievalFixture.queries.length, anonymous: await timed(null, 3), editor: await timed(editor, 3) };
}
