// A publication as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one Annotation
// per published claim, motivated by "assessing", on the claim's words in the PUBLISHED text
// (TextQuoteSelector + TextPositionSelector), its body the verdict. JSON-LD in the anno.jsonld
// context; pure, built from the frozen snapshot only.
import type { PublicationSnapshot, SnapshotClaim } from "../../schemas/publication";
import { anchorQuote, describeRange, type TextAnchor } from "../anchoring/text-quote";
import { publisherUrl } from "../publications/claim-review";
import { readerPageUrl } from "../reader/page-address";
import { richTextToPlainText } from "../rich-text/render-rich-text";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };
type TextualBody = { type: "TextualBody"; purpose: "assessing" | "describing" | "commenting"; value: string; format: "text/plain" };
type WebPage = { id: string; type: "Text"; format: "text/html" };
type Agent = { type: "Organization"; name: string; homepage: string };

export type WebAnnotation = {
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: Agent;
  body: (TextualBody | WebPage)[];
  target: { type: "SpecificResource"; source: string; selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] };
};

export type AnnotationCollection = {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  creator: Agent;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
};

export type AnnotatedPublication = {
  slug: string;
  version: number;
  latestVersion: number;
  publishedAt: Date;
  snapshot: PublicationSnapshot;
};

const codePoints = (text: string) => [...text].length;
// 32 characters of context may cut a surrogate pair in two: a lone half is not text.
const wholePrefix = (text: string) => (/^[\uDC00-\uDFFF]/.test(text) ? text.slice(1) : text);
const wholeSuffix = (text: string) => (/[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text);

/**
 * Where a claim sits in the published text: its stored offsets when they still index its quote,
 * else its quote found again (with its prefix to choose between repeats); null when it is not there.
 */
export function locateClaim(text: string, anchor: TextAnchor): TextAnchor | null {
  const { start, end, exact } = anchor;
  if (exact && start >= 0 && end <= text.length && text.slice(start, end) === exact) return describeRange(text, start, end);
  return anchorQuote(text, exact, anchor.prefix);
}

/**
 * The selectors of a claim in `text`. TextPositionSelector counts Unicode code points, as the Web
 * Annotation model requires (JavaScript offsets count UTF-16 units); it is left out, and the quote
 * kept as frozen, when the quote cannot be found in the text.
 */
export function claimSelectors(text: string, anchor: TextAnchor): WebAnnotation["target"]["selector"] {
  const found = locateClaim(text, anchor);
  if (!found) return [{ type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix }];
  const start = codePoints(text.slice(0, found.start));
  return [
    { type: "TextQuoteSelector", exact: found.exact, prefix: wholePrefix(found.prefix), suffix: wholeSuffix(found.suffix) },
    { type: "TextPositionSelector", start, end: start + codePoints(found.exact) },
  ];
}

function verdictBodies(claim: SnapshotClaim, claimUrl: string): WebAnnotation["body"] {
  const comment = [claim.summary.trim(), richTextToPlainText(claim.explanation).trim()].filter(Boolean).join("\n\n");
  return [
    { type: "TextualBody", purpose: "assessing", value: claim.rating.label, format: "text/plain" },
    { type: "TextualBody", purpose: "describing", value: claim.text, format: "text/plain" },
    ...(comment ? [{ type: "TextualBody" as const, purpose: "commenting" as const, value: comment, format: "text/plain" as const }] : []),
    { id: claimUrl, type: "Text", format: "text/html" },
  ];
}

/** The AnnotationCollection of one publication; `origin`: the site's public origin. */
export function annotationCollectionOf(publication: AnnotatedPublication, origin: string): AnnotationCollection {
  const { slug, version, snapshot } = publication;
  const { article, publisher } = snapshot;
  const id = `${origin}/api/v1/fact-checks/${slug}/annotations?version=${version}`;
  // The reader page of this version (the latest one under its own address).
  const page = readerPageUrl(origin, slug, version < publication.latestVersion ? version : undefined);
  const source = article.sourceUrl && /^https?:\/\//i.test(article.sourceUrl) ? article.sourceUrl : page;
  const creator: Agent = { type: "Organization", name: publisher.name, homepage: publisherUrl(snapshot, origin) };
  const published = publication.publishedAt.toISOString();
  const items = snapshot.claims.map((claim): WebAnnotation => ({
    id: `${id}#claim-${claim.id}`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.firstPublishedAt ?? published,
    modified: claim.modifiedAt ?? published,
    creator,
    body: verdictBodies(claim, `${page}#claim-${claim.id}`),
    target: { type: "SpecificResource", source, selector: claimSelectors(article.plainText, claim.anchor) },
  }));
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Fact-check: ${article.title} (version ${version})`,
    total: items.length,
    creator,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
