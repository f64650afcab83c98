// Training the check-worthiness model from labelled sentences (pure; train.ts reads the data and
// writes model.json). The vocabulary is chosen from the training sentences only — by how many
// sentences use a term — so cross-validation never sees the held-out fold's words.
import { DENSE_FEATURES, sentenceFeatures } from "./features";
import { fitLogistic, type Example } from "./logistic";
import { explain, type CheckWorthinessModel } from "./model";
import { rocAuc } from "./evaluate";

export type Labelled = { text: string; label: 0 | 1 };
export type TrainOptions = CheckWorthinessModel["options"];

/**
 * The shipped model's options, chosen by cross-validation: the AUC moves by less than 0.003 from
 * lambda 0.0006 to 0.003, and from 0.919 to 0.927 between 1,000 and 8,000 terms.
 */
export const MODEL_OPTIONS: TrainOptions = { lambda: 0.001, vocabulary: 5_000, minDocuments: 2 };
export const CROSS_VALIDATION = { folds: 5, seed: 42 };

// Weights this small change no score by more than a rounding; they are left out of model.json.
const KEEP = 0.005;
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** The terms used by at least minDocuments sentences, most used first (ties alphabetical), at most `vocabulary`. */
export function chooseVocabulary(termLists: string[][], options: TrainOptions): string[] {
  const counts = new Map<string, number>();
  for (const list of termLists) for (const term of list) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= options.minDocuments)
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.vocabulary)
    .map(([term]) => term);
}

/** Fits a model on the sentences. */
export function trainModel(data: Labelled[], options: TrainOptions, about: CheckWorthinessModel["about"] = {}): CheckWorthinessModel {
  const featured = data.map(({ text }) => sentenceFeatures(text));
  const vocabulary = chooseVocabulary(
    featured.map((f) => f.terms),
    options,
  );
  const index = new Map(vocabulary.map((term, i) => [term, DENSE_FEATURES.length + i]));
  const examples: Example[] = featured.map((f, n) => ({
    features: Int32Array.from([
      ...f.dense.flatMap((fired, i) => (fired ? [i] : [])),
      ...f.terms.flatMap((term) => (index.has(term) ? [index.get(term)!] : [])),
    ]),
    label: data[n]!.label,
  }));
  const fit = fitLogistic(examples, DENSE_FEATURES.length + vocabulary.length, options.lambda);
  const dense = Object.fromEntries(DENSE_FEATURES.map((feature, i) => [feature.name, round(fit.weights[i]!)]));
  const terms = Object.fromEntries(
    vocabulary.flatMap((term, i) => {
      const weight = round(fit.weights[DENSE_FEATURES.length + i]!);
      return Math.abs(weight) >= KEEP ? [[term, weight]] : [];
    }),
  );
  return { about, options, bias: round(fit.bias), dense, terms };
}

/** Mean ROC AUC over the folds (`foldOf[i]` is example i's fold, 0..k-1) of `scorerFor(the other folds)` on each. */
export function crossValidate(data: Labelled[], foldOf: number[], scorerFor: (training: Labelled[]) => (text: string) => number) {
  const k = Math.max(...foldOf) + 1;
  const aucs: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const score = scorerFor(data.filter((_, i) => foldOf[i] !== fold));
    const held = data.filter((_, i) => foldOf[i] === fold);
    aucs.push(
      rocAuc(
        held.map((d) => score(d.text)),
        held.map((d) => d.label),
      ),
    );
  }
  return { mean: aucs.reduce((a, b) => a + b, 0) / k, folds: aucs };
}

/** A scorer for crossValidate: the model trained on the training folds, its log-odds. */
export const learnedScorer = (options: TrainOptions) => (training: Labelled[]) => {
  const model = trainModel(training, options);
  return (text: string) => explain(model, text).logit;
};
