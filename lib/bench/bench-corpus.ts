// Words for the search benchmarks: the sample article's and the retrieval fixture's real English
// words first (the frequent head), then made-up words from syllables (the long tail of names and
// rare terms), deterministic from a seed.
import fs from "node:fs";
import path from "node:path";
import { retrievalFixture } from "@/lib/server/similar/claim-retrieval-fixture";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";

/** mulberry32: a small seeded generator. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = "ka ri mo te lan sor vi du pel ne zar qui bo fen tal mi ros gu ver sha no lek dra pim".split(" ");

/** About `size` distinct lower-case words, real ones first. */
export function benchVocabulary(size = 4000): string[] {
  const article = fs.readFileSync(path.join(process.cwd(), "seeds/articles", SAMPLE_ARTICLE.file), "utf8");
  const real =
    [article, ...retrievalFixture.claims.map((claim) => claim.claim)]
      .join(" ")
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? [];
  const words = new Set(real);
  const next = seeded(7);
  while (words.size < size) {
    const count = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length: count }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(""));
  }
  return [...words];
}
