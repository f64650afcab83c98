// schema.org ClaimReview for each published claim (DESIGN.md formats): what aggregators and search
// engines read. Built from the frozen publication snapshot only, so it never disagrees with the page.
import type { ClaimReview, WithContext } from "schema-dts";
import type { PublicationSnapshot } from "../../schemas/publication";

type Published = { url: string; datePublished: Date; dateModified: Date };

const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function claimReviewsOf(snapshot: PublicationSnapshot, page: Published): WithContext<ClaimReview>[] {
  const publisher = { "@type": "Organization" as const, name: snapshot.publisher.name, url: snapshot.publisher.url };
  return snapshot.claims.map((claim) => {
    // Where the claim appeared: its own address, else the article that carried it.
    const appearance = webAddress(claim.appearanceUrl) ?? webAddress(snapshot.article.sourceUrl);
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${page.url}#claim-${claim.id}`,
      claimReviewed: claim.text,
      datePublished: page.datePublished.toISOString(),
      dateModified: page.dateModified.toISOString(),
      author: publisher,
      reviewRating: {
        "@type": "Rating",
        alternateName: claim.rating.label,
        // Ratings outside the numeric range (Unverifiable…) carry only their name.
        ...(claim.rating.value !== null && snapshot.scale
          ? { ratingValue: claim.rating.value, bestRating: snapshot.scale.best, worstRating: snapshot.scale.worst }
          : {}),
      },
      itemReviewed: {
        "@type": "Claim",
        ...(claim.claimant
          ? { author: { "@type": claim.claimant.isOrganization ? "Organization" : "Person", name: claim.claimant.name, ...(claim.claimant.sameAs.length ? { sameAs: claim.claimant.sameAs } : {}) } }
          : {}),
        ...(claim.dateSaid ? { datePublished: claim.dateSaid.slice(0, 10) } : {}),
        ...(appearance ? { appearance: { "@type": "CreativeWork", url: appearance } } : {}),
      },
    };
  });
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
