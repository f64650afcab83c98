import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import { describeRange } from "../anchoring/text-quote";
import { ANNOTATION_CONTEXT, annotationCollectionOf, claimSelectors } from "./web-annotation";

const OA = "http://www.w3.org/ns/oa#";
const AS = "http://www.w3.org/ns/activitystreams#";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const TEXT = "Example Daily reported on Monday that the bridge cost 40 million euros. The mayor said the bridge cost 40 million euros too.";

// The W3C context, read from the copy beside the builder: the machine (and CI) is offline, and a
// context that cannot be loaded must fail the test rather than be fetched.
const context = JSON.parse(readFileSync(fileURLToPath(new URL("./anno.jsonld", import.meta.url)), "utf8")) as object;
const documentLoader = async (url: string) => {
  if (url !== ANNOTATION_CONTEXT) throw new Error(`No network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: context };
};
/** Expanded in jsonld.js' safe mode: a term the context does not define, or a malformed value, throws. */
const expand = (doc: object) => jsonld.expand(doc, { documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1]);

function quoted(quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(quote, at + 1);
  return describeRange(TEXT, at, at + quote.length);
}

function publication(claims = [snapshotClaim({ anchor: quoted("the bridge cost 40 million euros", 1) })]) {
  const snapshot = snapshotOf(claims);
  snapshot.article = { ...snapshot.article, title: "Bridge costs", plainText: TEXT, sourceUrl: "https://example.org/bridge" };
  return { slug: "bridge-costs", version: 2, latestVersion: 2, publishedAt: new Date("2025-06-02T10:00:00Z"), snapshot };
}

/** Every property IRI in an expanded JSON-LD tree. */
function predicates(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => predicates(item, found));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("@")) found.add(key);
      predicates(value, found);
    }
  return found;
}

describe("Web Annotation export", () => {
  it("describes each published claim as an assessing annotation on its words in the published text", () => {
    const collection = annotationCollectionOf(publication(), "https://desk.example");
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "https://desk.example/api/v1/fact-checks/bridge-costs/annotations?version=2",
      type: "AnnotationCollection",
      total: 1,
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    const [annotation] = collection.first.items;
    expect(annotation).toMatchObject({
      type: "Annotation",
      motivation: "assessing",
      creator: { type: "Organization", name: "The Fact-Check Desk", homepage: "https://desk.example" },
      target: { type: "SpecificResource", source: "https://example.org/bridge" },
    });
    expect(annotation!.body).toEqual([
      { type: "TextualBody", purpose: "assessing", value: "Mostly false", format: "text/plain" },
      { type: "TextualBody", purpose: "describing", value: "Troops are needed to stop fentanyl.", format: "text/plain" },
      { id: "https://desk.example/f/bridge-costs#claim-c1", type: "Text", format: "text/html" },
    ]);
    // The second of two identical quotes: the selectors name exactly the claim's words.
    const at = TEXT.lastIndexOf("the bridge cost");
    expect(annotation!.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "the bridge cost 40 million euros", prefix: TEXT.slice(at - 32, at), suffix: " too." },
      { type: "TextPositionSelector", start: at, end: at + "the bridge cost 40 million euros".length },
    ]);
  });

  it("puts the summary and explanation in one comment, and links the claim on an older version's own page", () => {
    const claim = snapshotClaim({
      anchor: quoted("reported on Monday"),
      summary: "The minutes say 41 million.",
      explanation: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See the council minutes." }] }] },
    });
    const older = { ...publication([claim]), version: 1, latestVersion: 3 };
    older.snapshot.article = { ...older.snapshot.article, sourceUrl: null };
    const [annotation] = annotationCollectionOf(older, "https://desk.example").first.items;
    expect(annotation!.body).toContainEqual({
      type: "TextualBody",
      purpose: "commenting",
      value: "The minutes say 41 million.\n\nSee the council minutes.",
      format: "text/plain",
    });
    expect(annotation!.body).toContainEqual({
      id: "https://desk.example/f/bridge-costs?version=1#claim-c1",
      type: "Text",
      format: "text/html",
    });
    // Without a source address the reader page of that version is the annotated document.
    expect(annotation!.target.source).toBe("https://desk.example/f/bridge-costs?version=1");
  });

  it("counts positions in code points, finds a quote whose offsets went stale, and keeps only the quote when it is gone", () => {
    const text = "🙂 Example Daily: the 🚀 launch slipped to May.";
    const at = text.indexOf("launch");
    const anchor = describeRange(text, at, at + "launch slipped".length);
    const [, position] = claimSelectors(text, anchor);
    // The two emoji before the quote are two UTF-16 units each but one character each.
    expect(position).toEqual({ type: "TextPositionSelector", start: at - 2, end: at - 2 + "launch slipped".length });

    const stale = { ...anchor, start: 0, end: 14 };
    expect(claimSelectors(text, stale)[1]).toEqual(position);

    const gone = claimSelectors("A different text altogether.", anchor);
    expect(gone).toEqual([{ type: "TextQuoteSelector", exact: "launch slipped", prefix: anchor.prefix, suffix: anchor.suffix }]);

    // Context that would cut an emoji in half is shortened to whole characters.
    const long = `${"x".repeat(40)}🚀${"y".repeat(31)}CLAIM${"z".repeat(31)}🚀`;
    const [quote] = claimSelectors(long, describeRange(long, long.indexOf("CLAIM"), long.indexOf("CLAIM") + 5));
    expect(quote).toMatchObject({ prefix: "y".repeat(31), suffix: "z".repeat(31) });
  });

  it("expands against the W3C Web Annotation context with every term an oa:, as:, dcterms: or foaf: IRI", async () => {
    const claim = snapshotClaim({ anchor: quoted("reported on Monday"), summary: "Fine." });
    const expanded = await expand(annotationCollectionOf(publication([claim]), "https://desk.example"));
    const found = predicates(expanded);
    // The vocabularies anno.jsonld maps its terms to; anything else would be a term it does not know.
    const vocabularies = [OA, AS, "http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/", "http://xmlns.com/foaf/0.1/", RDF, RDFS];
    for (const iri of found)
      expect(
        vocabularies.some((vocabulary) => iri.startsWith(vocabulary)),
        iri,
      ).toBe(true);
    for (const iri of [
      `${OA}motivatedBy`,
      `${OA}hasBody`,
      `${OA}hasTarget`,
      `${OA}hasSource`,
      `${OA}hasSelector`,
      `${OA}hasPurpose`,
      `${OA}exact`,
      `${OA}prefix`,
      `${OA}suffix`,
      `${OA}start`,
      `${OA}end`,
      `${AS}items`,
      `${AS}first`,
      `${AS}totalItems`,
      "http://purl.org/dc/terms/creator",
      "http://purl.org/dc/terms/created",
      `${RDF}value`,
      `${RDFS}label`,
    ])
      expect(found, iri).toContain(iri);

    const [collection] = expanded as Record<string, unknown>[];
    expect(collection!["@type"]).toEqual([`${AS}OrderedCollection`]);
    const page = (collection![`${AS}first`] as Record<string, unknown>[])[0]!;
    const [annotation] = (page[`${AS}items`] as { "@list": Record<string, unknown>[] }[])[0]!["@list"];
    expect(annotation!["@type"]).toEqual([`${OA}Annotation`]);
    expect(annotation![`${OA}motivatedBy`]).toEqual([{ "@id": `${OA}assessing` }]);
    const target = (annotation![`${OA}hasTarget`] as Record<string, unknown>[])[0]!;
    const selectorTypes = (target[`${OA}hasSelector`] as { "@type": string[] }[]).map((selector) => selector["@type"][0]);
    expect(selectorTypes).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
    const purposes = (annotation![`${OA}hasBody`] as Record<string, { "@id": string }[]>[]).flatMap(
      (body) => body[`${OA}hasPurpose`] ?? [],
    );
    expect(purposes.map((purpose) => purpose["@id"])).toEqual([`${OA}assessing`, `${OA}describing`, `${OA}commenting`]);
  });

  it("fails expansion on a term the context does not define (the check can fail)", async () => {
    const collection = annotationCollectionOf(publication(), "https://desk.example");
    await expect(expand({ ...collection, verdictColour: "red" })).rejects.toThrow();
  });
});
