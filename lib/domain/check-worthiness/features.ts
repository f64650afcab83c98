// What the check-worthiness model sees in a sentence: the words and word pairs (lowercased, figures
// folded into <num>/<year> so that "3.5" and "12" count as the same word), and a few interpretable
// features a fact-checker looks for — each with the reason shown when it fires.

// Longer sentences are scored on their first characters: splitSentences already cuts lines into
// pieces of this size, and a direct caller must not make one sentence cost more.
export const MAX_SENTENCE_CHARS = 2_000;

const words = (pattern: string) => new RegExp(`\\b(?:${pattern})\\b`, "i");

export type DenseFeature = { name: string; reason: string; test: (sentence: string, tokens: string[]) => boolean };

const NUMBER_WORDS = words(
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|triple|double",
);

/** The interpretable features, in the order of the model's dense weights. */
export const DENSE_FEATURES: DenseFeature[] = [
  { name: "number", reason: "a number or figure", test: (s) => /\d/.test(s) || NUMBER_WORDS.test(s) },
  {
    name: "amount",
    reason: "a percentage or amount",
    test: (s) => /%|\$|€|£/.test(s) || words("percent|per cent|dollars?|euros?|pounds|taxe?s?|budget|deficit|debt|spending|cuts?").test(s),
  },
  {
    name: "comparison",
    reason: "a comparison or change",
    test: (s) =>
      words(
        "more|less|fewer|higher|lower|increased?|decreased?|rose|risen|fell|fallen|grew|grown|dropped|doubled|tripled|cut|largest|biggest|smallest|highest|lowest|most|least|record|than|since",
      ).test(s),
  },
  {
    name: "attribution",
    reason: "an attribution (who said it)",
    test: (s) => words("said|says|told|according to|claimed|claims|stated|announced|reported|testified|report|study|survey").test(s),
  },
  {
    name: "record",
    reason: "a record of what someone did (voted, passed, signed)",
    test: (s) =>
      words(
        "voted|vote|votes|passed|signed|vetoed|supported|opposed|proposed|sponsored|appointed|created|lost|added|raised|lowered|spent|invested",
      ).test(s),
  },
  {
    name: "named",
    reason: "a named person, place or body",
    test: (s) => /\s(?!I\b|I'|I’)[A-Z][\p{L}'’-]+/u.test(s.slice(1)),
  },
  {
    name: "date",
    reason: "a date or time",
    test: (s) =>
      /\b(1[89]\d\d|20\d\d)s?\b/.test(s) ||
      words(
        "january|february|march|april|june|july|august|september|october|november|december|last year|this year|years? ago|since|decades?|yesterday|today|administration",
      ).test(s),
  },
  {
    name: "absolute",
    reason: "an absolute (never, always, every, only)",
    test: (s) => words("never|always|every|none|nobody|only|first|ever|no one").test(s),
  },
  {
    name: "hedge",
    reason: "hedged (may, might, perhaps)",
    test: (s) => words("might|may|could|perhaps|possibly|probably|seems?|maybe|hope|hopefully").test(s),
  },
  { name: "question", reason: "a question", test: (s) => /\?\s*["'”’)]*$/.test(s) },
  {
    name: "opinion",
    reason: "an opinion or wish (I think, we should)",
    test: (s) =>
      words(
        "I think|I believe|I feel|in my opinion|we should|we must|we need to|we've got to|we have to|we ought|let's|let me|I want|I hope",
      ).test(s),
  },
  {
    name: "courtesy",
    reason: "a greeting or thanks",
    test: (s) => words("thank you|thanks|good evening|good night|good morning|welcome|congratulations|it's a pleasure|glad to be").test(s),
  },
  {
    name: "promise",
    reason: "a promise or plan (I will, we're going to)",
    test: (s) => words("I will|I'll|we will|we'll|I'm going to|we're going to|I would|I'd|I'm gonna|we're gonna|my plan|I intend").test(s),
  },
  { name: "short", reason: "too short to state a fact", test: (_s, tokens) => tokens.length < 5 },
];

// Figures, currency signs and per cent signs are words of their own; apostrophes stay inside words.
const TOKEN = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$%€£]/gu;

/** The lowercased words of a sentence, with figures folded into <year> or <num>. */
export function tokenize(sentence: string): string[] {
  const tokens: string[] = [];
  for (const [token] of sentence.slice(0, MAX_SENTENCE_CHARS).matchAll(TOKEN)) {
    if (!/\d/.test(token)) tokens.push(token.toLowerCase().replace(/’/g, "'"));
    else tokens.push(/^(1[89]|20)\d\ds?$/.test(token) ? "<year>" : "<num>");
  }
  return tokens;
}

/** Words and adjacent word pairs ("<s>" marks the start), each once. */
export function terms(tokens: string[]): string[] {
  const found = new Set<string>(tokens);
  let previous = "<s>";
  for (const token of tokens) {
    found.add(`${previous} ${token}`);
    previous = token;
  }
  return [...found];
}

export type SentenceFeatures = { tokens: string[]; terms: string[]; dense: boolean[] };

/** Everything the model reads from one sentence. */
export function sentenceFeatures(sentence: string): SentenceFeatures {
  const text = sentence.slice(0, MAX_SENTENCE_CHARS);
  const tokens = tokenize(text);
  return { tokens, terms: terms(tokens), dense: DENSE_FEATURES.map((feature) => feature.test(text, tokens)) };
}
