// The text search configurations the search migration creates (prisma/migrations/*_desk_search):
// each language's stemmer after unaccent, and simple for text in no known language.

/** Every configuration a stored text may be indexed in; a query is parsed in each of them. */
export const TEXT_SEARCH_CONFIGS = [
  "factcheck_english",
  "factcheck_spanish",
  "factcheck_french",
  "factcheck_german",
  "factcheck_portuguese",
  "factcheck_italian",
  "factcheck_dutch",
  "factcheck_simple",
] as const;
