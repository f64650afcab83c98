// The check-worthiness model: a logistic regression over words, word pairs and interpretable
// features (features.ts), its weights in model.json (made by lib/runtime/cli/train-check-worthiness.ts). Applying it is pure.
import { z } from "zod";
import { DENSE_FEATURES, sentenceFeatures } from "./features";

export const modelSchema = z.object({
  about: z.object({
    source: z.string().optional(),
    sentences: z.number().int().optional(),
    crossValidatedAuc: z.number().optional(),
    handWeightedAuc: z.number().optional(),
  }),
  options: z.object({ lambda: z.number(), vocabulary: z.number().int(), minDocuments: z.number().int() }),
  bias: z.number(),
  dense: z.record(z.string(), z.number()),
  terms: z.record(z.string(), z.number()),
});
export type CheckWorthinessModel = z.infer<typeof modelSchema>;

export type Contribution = { name: string; weight: number };

/** The log-odds of a sentence and what went into it: the interpretable features and the words that fired. */
export function explain(model: CheckWorthinessModel, sentence: string): { logit: number; dense: Contribution[]; terms: Contribution[] } {
  const features = sentenceFeatures(sentence);
  const dense = DENSE_FEATURES.flatMap((feature, i) =>
    features.dense[i] && model.dense[feature.name] ? [{ name: feature.name, weight: model.dense[feature.name]! }] : [],
  );
  const terms = features.terms.flatMap((term) => (Object.hasOwn(model.terms, term) ? [{ name: term, weight: model.terms[term]! }] : []));
  const logit = [...dense, ...terms].reduce((sum, { weight }) => sum + weight, model.bias);
  return { logit, dense, terms };
}
