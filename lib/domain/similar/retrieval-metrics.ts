// How well a ranking finds the fact-checks that answer a query: the measures of claim-retrieval
// benchmarks (CLEF CheckThat! "detecting previously fact-checked claims").

/** Average precision of the first `k` results: each relevant result counts the precision at its rank. */
export function averagePrecisionAt(ranked: string[], relevant: string[], k = 5): number {
  const wanted = new Set(relevant);
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (wanted.has(id)) sum += ++hits / (index + 1);
  });
  return wanted.size === 0 ? 0 : sum / Math.min(wanted.size, k);
}

/** The share of the relevant fact-checks found among the first `k` results. */
export function recallAt(ranked: string[], relevant: string[], k = 5): number {
  const top = new Set(ranked.slice(0, k));
  return relevant.length === 0 ? 0 : relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Mean of the values (0 for none). */
export const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
