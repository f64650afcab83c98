// The shapes a ClaimReview import may come in, flattened into one list of candidate items: a
// ClaimReview, an array of them (or of JSON-LD documents, as a page's several script blocks), a
// JSON-LD `@graph` (only its ClaimReview and DataFeed nodes count; the rest is context), or a
// schema.org DataFeed whose `dataFeedElement` holds ClaimReviews or DataFeedItems with an `item`.
import { type EmbedBudget, embedReferences, hasType, isObject, type JsonObject, REFERENCE_CHARACTERS, valuesOf } from "./json-ld";

const MAX_ARRAY_NESTING = 3;

/** Every candidate item of an import body, in the order the body lists them (their index is their position here). */
export function flattenClaimReviewBody(body: unknown): unknown[] {
  const items: unknown[] = [];
  visitDocument(body, items, 0, { characters: REFERENCE_CHARACTERS });
  return items;
}

function visitDocument(value: unknown, items: unknown[], nesting: number, budget: EmbedBudget): void {
  if (Array.isArray(value) && nesting < MAX_ARRAY_NESTING) {
    for (const entry of value) visitDocument(entry, items, nesting + 1, budget);
  } else if (isObject(value) && "@graph" in value && !hasType(value, "ClaimReview")) {
    visitGraph(valuesOf(value["@graph"]), items, budget);
  } else if (isFeed(value)) {
    visitFeed(value, items, (node) => node);
  } else {
    items.push(value);
  }
}

function visitGraph(nodes: unknown[], items: unknown[], budget: EmbedBudget): void {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (isObject(node) && typeof node["@id"] === "string") byId.set(node["@id"], node);
  const embed = (node: unknown) => embedReferences(node, byId, budget);
  for (const node of nodes) {
    if (hasType(node, "ClaimReview")) items.push(embed(node));
    else if (isFeed(node)) visitFeed(node, items, embed);
  }
}

function isFeed(value: unknown): value is JsonObject {
  return isObject(value) && (hasType(value, "DataFeed") || ("dataFeedElement" in value && !hasType(value, "ClaimReview")));
}

function visitFeed(feed: JsonObject, items: unknown[], embed: (node: unknown) => unknown): void {
  for (const element of valuesOf(feed.dataFeedElement)) {
    const wrapper = isObject(element) && (hasType(element, "DataFeedItem") || ("item" in element && !hasType(element, "ClaimReview")));
    if (!wrapper) {
      items.push(embed(element));
      continue;
    }
    const inner = valuesOf(element.item);
    // An empty DataFeedItem is still an item the sender meant to send: reported, not dropped.
    if (inner.length === 0) items.push(element);
    for (const item of inner) items.push(embed(item));
  }
}
