// `npm run train:check-worthiness`: cross-validates the check-worthiness model on the ClaimBuster
// training sentences (CLAIMBUSTER_TRAIN overrides where they are), compares it with the old
// hand-weighted scorer on the same folds, then trains on all of them and writes model.json.
// Same data, same model.json, byte for byte.
import fs from "node:fs";
import path from "node:path";
import { handWeightedScore } from "../../domain/check-worthiness/hand-weighted";
import { blockFolds, claimBusterFile, readClaimBuster } from "../claimbuster-data";
import { stratifiedFolds } from "../../domain/check-worthiness/evaluate";
import { explain } from "../../domain/check-worthiness/model";
import { CROSS_VALIDATION, MODEL_OPTIONS, crossValidate, learnedScorer, trainModel } from "../../domain/check-worthiness/train-model";

const file = claimBusterFile();
const data = readClaimBuster(file);
if (!data) {
  console.error(`No training sentences at ${file}; set CLAIMBUSTER_TRAIN to the ClaimBuster train.json.`);
  process.exit(1);
}
const { folds, seed } = CROSS_VALIDATION;
console.log(`${data.length} sentences (${data.filter((d) => d.label === 1).length} check-worthy) from ${file}`);
console.log(`options ${JSON.stringify(MODEL_OPTIONS)}`);

const show = (name: string, result: { mean: number; folds: number[] }) =>
  console.log(`  ${name} ROC AUC ${result.mean.toFixed(4)} (folds ${result.folds.map((auc) => auc.toFixed(3)).join(", ")})`);
const oldScorer = () => (text: string) => handWeightedScore(text).score;

console.log(`${folds}-fold stratified cross-validation, seed ${seed}:`);
const stratified = stratifiedFolds(
  data.map((d) => d.label),
  folds,
  seed,
);
const learned = crossValidate(data, stratified, learnedScorer(MODEL_OPTIONS));
const old = crossValidate(data, stratified, oldScorer);
show("logistic regression", learned);
show("old hand-weighted  ", old);

// A harder check of generalisation: neighbouring sentences (the same debates, the same topics) held out together.
console.log(`${folds} folds of neighbouring sentence ids:`);
const blocks = blockFolds(
  data.map((d) => d.id),
  folds,
);
show("logistic regression", crossValidate(data, blocks, learnedScorer(MODEL_OPTIONS)));
show("old hand-weighted  ", crossValidate(data, blocks, oldScorer));

const model = trainModel(data, MODEL_OPTIONS, {
  source: "ClaimBuster training sentences: F. Arslan, N. Hassan, C. Li, M. Tremayne, ICWSM 2020 (CC BY 4.0)",
  sentences: data.length,
  crossValidatedAuc: Number(learned.mean.toFixed(4)),
  handWeightedAuc: Number(old.mean.toFixed(4)),
});
const started = performance.now();
for (const { text } of data) explain(model, text);
const perSentence = (performance.now() - started) / data.length;
const out = path.join(__dirname, "..", "..", "domain", "check-worthiness", "model.json");
fs.writeFileSync(out, JSON.stringify(model, null, 2) + "\n");
console.log(
  `wrote ${out}: ${Object.keys(model.terms).length} terms, ${(fs.statSync(out).size / 1024).toFixed(0)} KB; ` +
    `${(perSentence * 1000).toFixed(1)} µs a sentence to apply`,
);
