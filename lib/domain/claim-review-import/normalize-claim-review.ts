// One ClaimReview, as fact-checkers publish it, into the reference archive's columns. Required:
// url, claimReviewed, a rating as text (reviewRating.alternateName or .name) and the publisher's
// name (author.name); everything else is kept when present and valid, and anything present but
// broken is reported by its field name. The item itself is kept as `raw`.
import { FieldReader } from "./read-values";
import { firstOf, hasType, isObject, type JsonObject, typesOf, valuesOf } from "./json-ld";

export const MAX_CLAIM_REVIEWED = 2000;
const MAX_NAME = 300;
const MAX_RATING_TEXT = 500;
const MAX_LANGUAGE = 35;
const MAX_APPEARANCES = 100;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A ReferenceClaimReview row as the import writes it. */
export type ReferenceClaimReviewFields = {
  url: string;
  claimReviewed: string;
  publisherName: string;
  publisherUrl: string | null;
  ratingText: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  datePublished: Date | null;
  claimantName: string | null;
  claimantType: string | null;
  claimDate: Date | null;
  appearanceUrls: string[];
  language: string | null;
  raw: JsonValue;
};

export type NormalizedItem = { ok: true; review: ReferenceClaimReviewFields } | { ok: false; problems: string[] };

/** The archive's columns of one candidate item, or every problem found in it. */
export function normalizeClaimReview(item: unknown): NormalizedItem {
  if (!isObject(item)) return { ok: false, problems: [`is not a JSON object (found ${kindOf(item)})`] };
  if (hasType(item, "DataFeedItem")) return { ok: false, problems: ["is a DataFeedItem without an item"] };
  if (item["@type"] !== undefined && !hasType(item, "ClaimReview")) {
    return { ok: false, problems: [`@type is ${JSON.stringify(item["@type"]).slice(0, 80)}, not ClaimReview`] };
  }
  const read = new FieldReader();
  const url = read.url(item.url, "url", { required: true });
  const claimReviewed = read.text(item.claimReviewed, "claimReviewed", { required: true, max: MAX_CLAIM_REVIEWED });
  const rating = readRating(item.reviewRating, read);
  const publisher = readPublisher(item, read);
  const datePublished = read.date(item.datePublished, "datePublished");
  const claim = readClaim(item.itemReviewed, read);
  const language = readLanguage(item.inLanguage, read);
  const raw = asJson(item, read);
  if (read.problems.length > 0 || !url || !claimReviewed || !rating || !publisher || raw === undefined) {
    return { ok: false, problems: read.problems };
  }
  return { ok: true, review: { url, claimReviewed, ...publisher, ...rating, datePublished, ...claim, language, raw } };
}

function readRating(value: unknown, read: FieldReader) {
  const rating = firstOf(value);
  if (rating === undefined || rating === null || rating === "") return read.problem("reviewRating is missing");
  if (!isObject(rating)) return read.problem("reviewRating must be an object (a Rating)");
  // Publishers name the verdict in alternateName (Google's documentation) or, now and then, in name.
  const field = ["alternateName", "name"].find((key) => rating[key] !== undefined && rating[key] !== null && rating[key] !== "");
  const ratingText = field ? read.text(rating[field], `reviewRating.${field}`, { required: true, max: MAX_RATING_TEXT }) : null;
  if (!field) read.problem('reviewRating.alternateName is missing (the rating as text, like "False")');
  const ratingValue = read.number(rating.ratingValue, "reviewRating.ratingValue");
  const bestRating = read.number(rating.bestRating, "reviewRating.bestRating");
  const worstRating = read.number(rating.worstRating, "reviewRating.worstRating");
  return ratingText === null ? null : { ratingText, ratingValue, bestRating, worstRating };
}

/** The fact-check's publisher: its author (an Organization by preference), else its publisher. */
function readPublisher(item: JsonObject, read: FieldReader) {
  const candidates = [...valuesOf(item.author), ...valuesOf(item.publisher)].filter((entry) => entry !== "");
  const chosen = candidates.find((entry) => isObject(entry) && !hasType(entry, "Person")) ?? candidates[0];
  if (chosen === undefined) return read.problem("author.name is missing (the publisher of the fact-check)");
  if (typeof chosen === "string") {
    const name = read.text(chosen, "author", { required: true, max: MAX_NAME });
    return name === null ? null : { publisherName: name, publisherUrl: null };
  }
  if (!isObject(chosen)) return read.problem("author must be an Organization or a name");
  const name = read.text(chosen.name, "author.name", { required: true, max: MAX_NAME });
  const url = read.url(chosen.url, "author.url");
  return name === null ? null : { publisherName: name, publisherUrl: url };
}

/** Who made the claim, when, and where it appeared (itemReviewed, a Claim). */
function readClaim(value: unknown, read: FieldReader) {
  const none = { claimantName: null, claimantType: null, claimDate: null, appearanceUrls: [] as string[] };
  const claim = firstOf(value);
  if (claim === undefined || claim === null || claim === "") return none;
  if (!isObject(claim)) return read.problem("itemReviewed must be an object (a Claim)") ?? none;
  const author = firstOf(claim.author);
  let claimantName: string | null = null;
  let claimantType: string | null = null;
  if (typeof author === "string") claimantName = read.text(author, "itemReviewed.author", { max: MAX_NAME });
  else if (isObject(author)) {
    claimantName = read.text(author.name, "itemReviewed.author.name", { max: MAX_NAME });
    const types = typesOf(author);
    claimantType = types.find((type) => type === "Person" || type === "Organization") ?? types.find((type) => type.length <= 60) ?? null;
  } else if (author !== undefined && author !== null && author !== "")
    read.problem("itemReviewed.author must be a Person, an Organization or a name");
  return {
    claimantName,
    claimantType: claimantName ? claimantType : null,
    claimDate: read.date(claim.datePublished, "itemReviewed.datePublished"),
    appearanceUrls: readAppearances(claim, read),
  };
}

function readAppearances(claim: JsonObject, read: FieldReader): string[] {
  const urls: string[] = [];
  // Before the Claim type, ClaimReview reviewed a CreativeWork directly: its own url is where the claim appeared.
  if (!hasType(claim, "Claim") && claim.url !== undefined) urls.push(read.url(claim.url, "itemReviewed.url") ?? "");
  for (const property of ["firstAppearance", "appearance"]) {
    const values = valuesOf(claim[property]);
    values.forEach((appearance, position) => {
      const field = `itemReviewed.${property}${Array.isArray(claim[property]) ? `[${position}]` : ""}`;
      if (typeof appearance === "string") urls.push(read.url(appearance, field) ?? "");
      else if (isObject(appearance)) {
        // A CreativeWork without an address (a broadcast, a speech) says where, not at which URL.
        const address =
          appearance.url ?? (typeof appearance["@id"] === "string" && /^https?:/i.test(appearance["@id"]) ? appearance["@id"] : undefined);
        if (address !== undefined) urls.push(read.url(address, `${field}.url`) ?? "");
      } else read.problem(`${field} must be a CreativeWork with a url`);
    });
  }
  const unique = [...new Set(urls.filter(Boolean))];
  if (unique.length > MAX_APPEARANCES) read.problem(`itemReviewed lists more than ${MAX_APPEARANCES} appearances`);
  return unique.slice(0, MAX_APPEARANCES);
}

/** inLanguage as a code or name: "en", or a Language object ({ "name": "English", "alternateName": "en" }). */
function readLanguage(value: unknown, read: FieldReader): string | null {
  const language = firstOf(value);
  if (!isObject(language) || "@value" in language) return read.text(language, "inLanguage", { max: MAX_LANGUAGE });
  const field = ["alternateName", "name"].find((key) => typeof language[key] === "string" && language[key] !== "");
  return field ? read.text(language[field], `inLanguage.${field}`, { max: MAX_LANGUAGE }) : null;
}

/** The item as plain JSON (what jsonb stores); undefined, with a problem, when it cannot be. */
function asJson(item: JsonObject, read: FieldReader): JsonValue | undefined {
  try {
    return JSON.parse(JSON.stringify(item)) as JsonValue;
  } catch {
    read.problem("holds a value that JSON cannot carry");
    return undefined;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "text" : `a ${typeof value}`;
}

/** Two versions of a review are the same when every column and the raw item agree (object keys in any order). */
export function reviewFingerprint(review: ReferenceClaimReviewFields): string {
  return canonicalJson(review);
}

/** JSON with object keys sorted, dates as ISO strings: Postgres' jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    isObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}
