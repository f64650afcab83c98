// What makes a rating scale readable by machines (ClaimReview's ratingValue, bestRating and
// worstRating): numeric values of 1 or more, the truest rating first with the highest value, and
// a best rating above the worst. Ratings without a value (Unverifiable…) may sit anywhere.
export type ScaleEntry = { label: string; value: number | null };

/** Why the scale, in this order (truest first), is not valid; null when it is. */
export function scaleProblem(ratings: readonly ScaleEntry[]): string | null {
  const numeric = ratings.filter((rating): rating is ScaleEntry & { value: number } => rating.value !== null);
  const tooLow = numeric.find((rating) => rating.value < 1);
  if (tooLow) return `${tooLow.label} has the value ${tooLow.value}: numeric values start at 1.`;
  for (let index = 1; index < numeric.length; index++) {
    const truer = numeric[index - 1]!;
    const rating = numeric[index]!;
    if (rating.value >= truer.value) {
      return `${truer.label} (${truer.value}) is above ${rating.label} (${rating.value}) on the scale, so its value must be higher: truer ratings come first with higher values.`;
    }
  }
  if (numeric.length < 2) return "The scale needs at least two numeric ratings, so that the best is above the worst.";
  return null;
}
