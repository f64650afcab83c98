// The claim-retrieval fixture (fixtures/claim-retrieval.json: real fact-checks, posts written by us)
// as ClaimReview JSON-LD for the reference archive's real import.
import fixture from "./fixtures/claim-retrieval.json";

export type FixtureClaim = (typeof fixture.claims)[number];
export const retrievalFixture = fixture;

/** A fixture fact-check as its publisher's ClaimReview. */
export function asClaimReview(claim: FixtureClaim) {
  const extra = claim as Partial<Record<"headline" | "claimant" | "claimDate" | "datePublished", string>>;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.url,
    claimReviewed: claim.claim,
    ...(extra.headline ? { name: extra.headline } : {}),
    ...(extra.datePublished ? { datePublished: extra.datePublished } : {}),
    author: { "@type": "Organization", name: claim.publisher, url: claim.publisherUrl },
    reviewRating: { "@type": "Rating", alternateName: claim.rating },
    ...(extra.claimant || extra.claimDate
      ? {
          itemReviewed: {
            "@type": "Claim",
            ...(extra.claimant ? { author: { "@type": "Organization", name: extra.claimant } } : {}),
            ...(extra.claimDate ? { datePublished: extra.claimDate } : {}),
          },
        }
      : {}),
  };
}

/** The fixture id of a result, by its address and claim text. */
export function fixtureIdOf(href: string, claimReviewed: string): string | null {
  return fixture.claims.find((claim) => claim.url === href && claim.claim === claimReviewed)?.id ?? null;
}
