// schema.org ClaimReview for each published claim (DESIGN.md formats): what aggregators and search
// engines read. Built from the frozen publication snapshot only, so it never disagrees with the
// page; addresses come from the site's public origin, never from a default frozen into the snapshot.
import type { ClaimReview, CreativeWork, NewsArticle, WithContext } from "schema-dts";
import type { PublicationSnapshot } from "../../schemas/publication";

type Published = {
  /** The reader page's public address. */
  url: string;
  /** The site's public origin (configured, else the request's). */
  origin: string;
  /** The page's first and latest publication: fallbacks for claims published before they had their own dates. */
  datePublished: Date;
  dateModified: Date;
};

const webAddress = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
const LOOPBACK = /^https?:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?(\/|$)/i;

/** The publisher's address: its own home page when set, else the site's public origin. */
export function publisherUrl(snapshot: PublicationSnapshot, origin: string): string {
  const url = webAddress(snapshot.publisher.url);
  // Early publications froze the seed's localhost default; it was never a real address.
  return url && !(LOOPBACK.test(url) && !LOOPBACK.test(origin)) ? url : origin;
}

/** The article that carried the claims, as the claim's appearance. */
function articleAppearance({ article }: PublicationSnapshot): NewsArticle {
  const url = webAddress(article.sourceUrl);
  return {
    "@type": "NewsArticle",
    headline: article.title,
    ...(url ? { url } : {}),
    ...(article.publishedTime ? { datePublished: article.publishedTime } : {}),
    ...(article.siteName ? { publisher: { "@type": "Organization", name: article.siteName } } : {}),
  };
}

/** One ClaimReview per published claim: the reader page's JSON-LD and the ClaimReview feed's items. */
export function claimReviewsOf(snapshot: PublicationSnapshot, page: Published): WithContext<ClaimReview>[] {
  const publisher = { "@type": "Organization" as const, name: snapshot.publisher.name, url: publisherUrl(snapshot, page.origin) };
  const article = articleAppearance(snapshot);
  return snapshot.claims.map((claim) => {
    const own = webAddress(claim.appearanceUrl);
    // Where the claim appeared: its own address (video, post, transcript) and the article.
    const appearance: CreativeWork[] = own ? [{ "@type": "CreativeWork", url: own }, article] : [article];
    const said = claim.dateSaid ?? snapshot.article.publishedTime;
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${page.url}#claim-${claim.id}`,
      claimReviewed: claim.text,
      datePublished: claim.firstPublishedAt ?? page.datePublished.toISOString(),
      dateModified: claim.modifiedAt ?? page.dateModified.toISOString(),
      author: publisher,
      reviewRating: {
        "@type": "Rating",
        // Google reads alternateName (required) and name (recommended): both the rating's label.
        alternateName: claim.rating.label,
        name: claim.rating.label,
        ...(claim.summary.trim() ? { ratingExplanation: claim.summary.trim() } : {}),
        // Ratings outside the numeric range (Unverifiable…) carry only their name.
        ...(claim.rating.value !== null && snapshot.scale
          ? { ratingValue: claim.rating.value, bestRating: snapshot.scale.best, worstRating: snapshot.scale.worst }
          : {}),
      },
      itemReviewed: {
        "@type": "Claim",
        ...(claim.claimant
          ? {
              author: {
                "@type": claim.claimant.isOrganization ? "Organization" : "Person",
                name: claim.claimant.name,
                ...(claim.claimant.sameAs.length ? { sameAs: claim.claimant.sameAs } : {}),
              },
            }
          : {}),
        ...(said ? { datePublished: said.slice(0, 10) } : {}),
        appearance: appearance.length === 1 ? appearance[0]! : appearance,
      },
    };
  });
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
