// Check-worthiness: each sentence scored 0..1 with the reasons behind the score.
// Offline and in-process: a logistic regression (model.ts) trained on the ClaimBuster debate
// sentences by lib/runtime/cli/train-check-worthiness.ts. The reasons are the interpretable features that fired (figures,
// comparisons, attributions, hedges, questions…) and the strongest content words, never the
// opaque rest of the sum.
import { DENSE_FEATURES } from "./features";
import { explain, modelSchema } from "./model";
import modelJson from "./model.json";
import { type Sentence, splitSentences } from "./sentences";

const model = modelSchema.parse(modelJson);
const REASON_OF = new Map(DENSE_FEATURES.map((feature) => [feature.name, feature.reason]));

// A feature or word moving the log-odds less than these is not worth a reason.
const FEATURE_REASON = 0.1;
const WORD_REASON = 0.25;
const WORDS_SHOWN = 3;

// Function words carry weight in the model (debaters say "even" and "did" when citing a record)
// but explain nothing to a reader.
const FUNCTION_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by can " +
    "could did didn't do does doesn't doing don't down during each even ever few for from further get gets getting go going got had " +
    "has hasn't have haven't having he he's her here hers him his how i i'd i'll i'm i've if in into is isn't it it's its just know " +
    "let let's like made make many me might more most much must my no nor not now of off on once one only or other our ours out over " +
    "own really right said same say says she should so some something still such than that that's the their them then there there's " +
    "these they they're this those through to too two under until up upon us very want was wasn't we we'd we'll we're we've well were " +
    "weren't what when where which while who whom why will with won't would wouldn't yes yet you you're your actually certainly " +
    "course way thing things lot think"
  ).split(" "),
);

export type ScoredSentence = Sentence & { score: number; reasons: string[] };

const quoted = (terms: { name: string }[]) => terms.map(({ name }) => `“${name}”`).join(", ");

/** One sentence's score and the reasons that raised or lowered it, strongest first. */
export function scoreSentence(text: string): { score: number; reasons: string[] } {
  const { logit, dense, terms } = explain(model, text);
  const byStrength = <T extends { weight: number }>(list: T[]) => [...list].sort((a, b) => b.weight - a.weight);
  const features = byStrength(dense.filter(({ weight }) => Math.abs(weight) >= FEATURE_REASON));
  const words = terms.filter(
    ({ name, weight }) => Math.abs(weight) >= WORD_REASON && /^\p{L}{3,}$/u.test(name) && !FUNCTION_WORDS.has(name),
  );
  const raising = byStrength(words.filter(({ weight }) => weight > 0)).slice(0, WORDS_SHOWN);
  const lowering = byStrength(words.filter(({ weight }) => weight < 0))
    .reverse()
    .slice(0, WORDS_SHOWN);
  const reasons = [
    ...features.filter(({ weight }) => weight > 0).map(({ name }) => REASON_OF.get(name)!),
    ...(raising.length ? [`words common in checkable claims (${quoted(raising)})`] : []),
    ...features.filter(({ weight }) => weight < 0).map(({ name }) => REASON_OF.get(name)!),
    ...(lowering.length ? [`words rare in checkable claims (${quoted(lowering)})`] : []),
  ];
  return { score: Math.round((1 / (1 + Math.exp(-logit))) * 1000) / 1000, reasons };
}

/** Every sentence of `text` with its offsets, score and reasons, in reading order. */
export function scoreCheckWorthiness(text: string): ScoredSentence[] {
  return splitSentences(text).map((sentence) => ({ ...sentence, ...scoreSentence(sentence.text) }));
}
