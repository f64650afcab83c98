// Repeated claims on a claimant's record: the same claim said again (or marked in another article)
// is worded a little differently each time. Claims whose significant words mostly coincide
// (Jaccard ≥ 0.6) are grouped, greedily in the order given (newest first).
const STOP = new Set([
  "the",
  "and",
  "that",
  "this",
  "with",
  "from",
  "have",
  "has",
  "was",
  "were",
  "are",
  "for",
  "his",
  "her",
  "its",
  "our",
  "their",
  "will",
  "would",
  "said",
  "says",
]);

export function significantWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((word) => !STOP.has(word)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export const REPEAT_SIMILARITY = 0.6;

/** Groups of items whose texts repeat one claim; single claims are groups of one. */
export function groupRepeatedClaims<T extends { text: string }>(items: readonly T[]): T[][] {
  const groups: { words: Set<string>; items: T[] }[] = [];
  for (const item of items) {
    const words = significantWords(item.text);
    const home = groups.find((group) => jaccard(group.words, words) >= REPEAT_SIMILARITY);
    if (home) home.items.push(item);
    else groups.push({ words, items: [item] });
  }
  return groups.map((group) => group.items);
}
