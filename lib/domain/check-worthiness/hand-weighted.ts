// The first, hand-weighted check-worthiness scorer, kept unchanged as the baseline train.ts
// measures the learned model against (not used to answer requests): a weighted sum of features a
// fact-checker looks for — figures, comparisons, attributions, names, dates — minus signs of
// opinion (hedges, questions, first-person views), squashed by a logistic curve.

type Feature = { reason: string; weight: number; test: (sentence: string) => boolean };

const words = (pattern: string) => new RegExp(`\\b(?:${pattern})\\b`, "i");

const FEATURES: Feature[] = [
  {
    reason: "a number or figure",
    weight: 1.6,
    test: (s) =>
      /\d/.test(s) ||
      words("one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|dozen|half|twice|triple").test(s),
  },
  {
    reason: "a percentage or amount",
    weight: 0.8,
    test: (s) => /%|\$|€|£/.test(s) || words("percent|per cent|por ciento|millones|dollars?|euros?|pesos").test(s),
  },
  {
    reason: "a comparison or change",
    weight: 0.9,
    test: (s) =>
      words(
        "more|less|fewer|higher|lower|increased?|decreased?|rose|risen|fell|fallen|grew|grown|dropped|doubled|tripled|largest|biggest|smallest|highest|lowest|most|least|record|than|más|menos|aumentó|cayó",
      ).test(s),
  },
  {
    reason: "an attribution (who said it)",
    weight: 0.5,
    test: (s) => words("said|says|told|according to|claimed|claims|stated|announced|reported|testified|según|dijo|afirmó").test(s),
  },
  {
    reason: "a named person, place or body",
    weight: 0.6,
    test: (s) => /\s[A-ZÁÉÍÓÚÑ][\p{L}'-]+(?:\s[A-ZÁÉÍÓÚÑ][\p{L}'-]+)*/u.test(s.slice(1)),
  },
  {
    reason: "a date or time",
    weight: 0.5,
    test: (s) =>
      /\b(1[89]\d\d|20\d\d)\b/.test(s) ||
      words(
        "january|february|march|april|may|june|july|august|september|october|november|december|last year|this year|since|decade|yesterday|today|enero|febrero|marzo|abril|mayo|junio|julio|agosto",
      ).test(s),
  },
  {
    reason: "an absolute (never, always, every, only)",
    weight: 0.4,
    test: (s) => words("never|always|every|all|none|nobody|only|first|ever|nunca|siempre|todos").test(s),
  },
  {
    reason: "hedged (may, might, perhaps)",
    weight: -0.7,
    test: (s) => words("might|may|could|perhaps|possibly|probably|seems?|maybe|quizás|tal vez").test(s),
  },
  { reason: "a question", weight: -1.4, test: (s) => /\?\s*["'”’)]*$/.test(s) },
  {
    reason: "an opinion or wish (I think, we should)",
    weight: -1.2,
    test: (s) =>
      words("I think|I believe|I feel|in my opinion|we should|we must|we need to|let's|I want|I hope|thank you|creo que").test(s),
  },
];
const BIAS = -2.2;
const SHORT_WORDS = 5;

/** One sentence's hand-weighted score and the reasons that raised or lowered it. */
export function handWeightedScore(text: string): { score: number; reasons: string[] } {
  const matched = FEATURES.filter((feature) => feature.test(text));
  let total = BIAS + matched.reduce((sum, feature) => sum + feature.weight, 0);
  const reasons = matched.map((feature) => feature.reason);
  if (text.split(/\s+/).filter(Boolean).length < SHORT_WORDS) {
    total -= 1.5;
    reasons.push("too short to state a fact");
  }
  return { score: Math.round((1 / (1 + Math.exp(-total))) * 1000) / 1000, reasons };
}
