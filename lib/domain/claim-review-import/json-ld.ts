// The few JSON-LD habits ClaimReview publishers rely on: `@type` as a string or an array, with or
// without the schema.org prefix; a single value where an array is allowed (and the other way
// round); value objects ({ "@value": ... }); and nodes of a `@graph` that point at each other by `@id`.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** The types of a node, without the schema.org prefix ("http://schema.org/Claim" → "Claim"). */
export function typesOf(node: unknown): string[] {
  if (!isObject(node)) return [];
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((entry): entry is string => typeof entry === "string").map((entry) => entry.trim().replace(SCHEMA_PREFIX, ""));
}

export function hasType(node: unknown, type: string): boolean {
  return typesOf(node).includes(type);
}

/** The values of a property that may hold one value or an array of them. */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first value of a property that may be an array (schema.org allows repeating most of them). */
export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value.find((entry) => entry !== null && entry !== undefined && entry !== "") : value;
}

/** A JSON-LD value object ({ "@value": "False", "@language": "en" }) as its plain value. */
export function plainValue(value: unknown): unknown {
  return isObject(value) && "@value" in value ? value["@value"] : value;
}

const MAX_DEPTH = 8;
const MAX_COPIED_VALUES = 5_000;

/** What references may copy into the items of one request, all items together (see embedReferences). */
export type EmbedBudget = { characters: number };
/** Text that following references may add to one request: a node referenced a thousand times is not copied a thousand times. */
export const REFERENCE_CHARACTERS = 1_000_000;

/**
 * A copy of `node` where every reference to another node of the same graph ({ "@id": "…" } with
 * nothing else of substance) is replaced by that node, so a ClaimReview whose author is
 * `{ "@id": "https://example.org/#org" }` carries the organisation's name. Cycles, deep chains and
 * graphs built to multiply themselves stop at the reference: past 5,000 copied values in one item,
 * or once the request's `budget` of text copied through references is spent.
 */
export function embedReferences(
  node: unknown,
  graph: ReadonlyMap<string, JsonObject>,
  budget: EmbedBudget = { characters: REFERENCE_CHARACTERS },
): unknown {
  let left = MAX_COPIED_VALUES;
  const embed = (value: unknown, seen: readonly string[]): unknown => {
    // Text reached through a reference is a copy: it counts against the request's budget.
    if (typeof value === "string" && seen.length > 0) budget.characters -= value.length;
    if (left <= 0 || typeof value !== "object" || value === null) return value;
    left--;
    if (Array.isArray(value)) return value.map((entry) => embed(entry, seen));
    const object = value as JsonObject;
    const id = typeof object["@id"] === "string" ? object["@id"] : null;
    const target = id && isReference(object) ? graph.get(id) : undefined;
    if (id && target && budget.characters > 0 && !seen.includes(id) && seen.length < MAX_DEPTH) return embed(target, [...seen, id]);
    const inner = id && seen.length < MAX_DEPTH ? [...seen, id] : seen;
    return Object.fromEntries(Object.entries(object).map(([key, entry]) => [key, embed(entry, inner)]));
  };
  return embed(node, []);
}

function isReference(node: JsonObject): boolean {
  return Object.keys(node).every((key) => key === "@id" || key === "@type");
}
