// Measuring a scorer: ROC AUC, and stratified folds drawn with a fixed seed so that every run (and
// the model test) cross-validates on the same splits.

/** Area under the ROC curve: the chance that a random positive outscores a random negative (ties count half). */
export function rocAuc(scores: number[], labels: (0 | 1)[]): number {
  const order = scores.map((score, i) => ({ score, label: labels[i]! })).sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.score === order[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]!.label === 0) continue;
      positives++;
      rankSum += averageRank;
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** A small seeded generator (mulberry32): the same seed gives the same folds everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fold (0..k-1) of each example: each label shuffled with `seed`, then dealt round-robin. */
export function stratifiedFolds(labels: (0 | 1)[], k: number, seed: number): number[] {
  const next = random(seed);
  const folds = new Array<number>(labels.length).fill(0);
  for (const label of [0, 1] as const) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((example, position) => (folds[example] = position % k));
  }
  return folds;
}
