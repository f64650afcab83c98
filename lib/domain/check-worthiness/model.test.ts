import { describe, expect, it } from "vitest";
import { readClaimBuster } from "@/lib/runtime/claimbuster-data";
import { rocAuc, stratifiedFolds } from "./evaluate";
import fixture from "./fixtures/sentences.json";
import { handWeightedScore } from "./hand-weighted";
import { modelSchema } from "./model";
import modelJson from "./model.json";
import { scoreSentence } from "./score";
import { CROSS_VALIDATION, MODEL_OPTIONS, crossValidate, learnedScorer, trainModel } from "./train-model";

const model = modelSchema.parse(modelJson);
const labels = fixture.map(({ label }) => (label === 1 ? 1 : 0));

describe("the shipped check-worthiness model", () => {
  it("ranks 40 hand-written debate sentences well, many with no figure to give them away, and far better than the old scorer", () => {
    expect(labels.filter((label) => label === 1)).toHaveLength(20);
    const auc = rocAuc(
      fixture.map(({ text }) => scoreSentence(text).score),
      labels,
    );
    const old = rocAuc(
      fixture.map(({ text }) => handWeightedScore(text).score),
      labels,
    );
    expect(auc).toBeGreaterThanOrEqual(0.9);
    expect(auc).toBeGreaterThan(old + 0.1);
  });

  it("is small", () => {
    expect(JSON.stringify(model).length).toBeLessThan(300_000);
  });
});

const data = readClaimBuster();

describe.skipIf(!data)("the check-worthiness model on the ClaimBuster training sentences", () => {
  it("cross-validates as well as model.json reports, and retraining gives model.json exactly", { timeout: 60_000 }, () => {
    const sentences = data!;
    const folds = stratifiedFolds(
      sentences.map((d) => d.label),
      CROSS_VALIDATION.folds,
      CROSS_VALIDATION.seed,
    );
    const auc = crossValidate(sentences, folds, learnedScorer(MODEL_OPTIONS)).mean;
    expect(model.about.crossValidatedAuc).toBeGreaterThanOrEqual(0.9);
    expect(auc).toBeGreaterThanOrEqual(model.about.crossValidatedAuc! - 0.005);
    expect(trainModel(sentences, MODEL_OPTIONS, model.about)).toEqual(model);
  });
});
