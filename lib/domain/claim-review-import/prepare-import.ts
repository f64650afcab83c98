// A whole import request, item by item: every candidate is normalised or reported by its index in
// the flattened list ("item 3: claimReviewed is missing"), and an item that repeats the url and
// claimReviewed of an earlier one is skipped when identical and reported when it differs.
import { normalizeClaimReview, type ReferenceClaimReviewFields, reviewFingerprint } from "./normalize-claim-review";

export const MAX_IMPORT_ITEMS = 1000;

export type ItemError = { index: number; message: string };
export type PreparedImport = {
  /** Candidate items found in the body. */
  itemCount: number;
  reviews: { index: number; review: ReferenceClaimReviewFields; fingerprint: string }[];
  errors: ItemError[];
  /** Items identical to an earlier item of the same request (counted as skipped). */
  repeats: number;
};

/** The identity of a reference fact-check: its address and the claim it reviews. */
export const reviewKey = (review: { url: string; claimReviewed: string }) => JSON.stringify([review.url, review.claimReviewed]);

/** Normalises every candidate item of an import body, in order. */
export function prepareClaimReviewImport(items: unknown[]): PreparedImport {
  const prepared: PreparedImport = { itemCount: items.length, reviews: [], errors: [], repeats: 0 };
  const seen = new Map<string, { index: number; fingerprint: string }>();
  items.forEach((item, index) => {
    const result = normalizeClaimReview(item);
    if (!result.ok) {
      prepared.errors.push({ index, message: `item ${index}: ${result.problems.join("; ")}` });
      return;
    }
    const key = reviewKey(result.review);
    const fingerprint = reviewFingerprint(result.review);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { index, fingerprint });
      prepared.reviews.push({ index, review: result.review, fingerprint });
    } else if (earlier.fingerprint === fingerprint) {
      prepared.repeats++;
    } else {
      prepared.errors.push({
        index,
        message: `item ${index}: repeats the url and claimReviewed of item ${earlier.index} with different content; item ${earlier.index} is the one kept`,
      });
    }
  });
  return prepared;
}
