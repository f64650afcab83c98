// Google's ClaimReview properties (Search Central, "Fact check (ClaimReview) structured data"), for
// tests of everything that emits ClaimReview: the reader page and the ClaimReview feed.

export const GOOGLE_REQUIRED = ["claimReviewed", "reviewRating", "reviewRating.alternateName", "url"];
export const GOOGLE_RECOMMENDED = [
  "author",
  "author.name",
  "datePublished",
  "itemReviewed",
  "itemReviewed.appearance",
  "reviewRating.name",
];
/** Recommended where the desk knows it: a named claimant, when it was said, a rating on the numeric scale. */
export const GOOGLE_RECOMMENDED_WHEN_KNOWN = [
  "itemReviewed.author",
  "itemReviewed.datePublished",
  "reviewRating.bestRating",
  "reviewRating.ratingValue",
  "reviewRating.worstRating",
];

const valueAt = (value: unknown, path: string) =>
  path
    .split(".")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), value);

/** The paths among `paths` that `review` lacks (missing, null or empty text). */
export function missingProperties(review: unknown, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const value = valueAt(review, path);
    return value === undefined || value === null || value === "";
  });
}
