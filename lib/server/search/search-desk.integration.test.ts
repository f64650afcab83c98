// The desk's search against a real Postgres: words from an article body, stems and accents, claims
// found through their verdict and sources, typos in names, ranking, filters and highlighting.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/domain/search/highlight";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { importArticle } from "@/lib/server/articles/import-article";
import { addSource } from "@/lib/server/claims/add-source";
import { createClaim } from "@/lib/server/claims/create-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { seedDatabase } from "@/seeds/seed";
import { searchDesk } from "./search-desk";

let editor: Actor;
let englishArticle: string;
let spanishArticle: string;
let waterClaim: string;
const marked = (snippet: string) =>
  [...snippet.matchAll(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, "g"))].map((m) => m[1]);

const ENGLISH = `The council published its budget on Monday.
Officials said the reservoir held enough water for eighteen months, although engineers warned that the pipes leaked badly.
The mayor promised to replace every leaking pipe before the next election.`;
const SPANISH = `El gobierno anunció nuevas vacunas para la gripe.
La ministra de Energía dijo que la electricidad será más barata en otoño.`;

async function claimOn(articleId: string, text: string, quote: string) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  const start = revision.plainText.indexOf(quote);
  const claim = await createClaim({ actor: editor, input: { articleId, start, end: start + quote.length } });
  return updateClaim({ actor: editor, input: { claimId: claim.id, version: claim.version, text } });
}

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  englishArticle = (
    await importArticle({ actor: editor, input: { kind: "text", title: "City budget day", text: ENGLISH, language: "en" } })
  ).articleId;
  // No language given: the stop words say Spanish.
  spanishArticle = (await importArticle({ actor: editor, input: { kind: "text", title: "Precios de otoño", text: SPANISH } })).articleId;
  const water = await claimOn(
    englishArticle,
    "The reservoir holds eighteen months of water.",
    "the reservoir held enough water for eighteen months",
  );
  waterClaim = water.id;
  const withSummary = await updateClaim({
    actor: editor,
    input: { claimId: water.id, version: water.version, summary: "Hydrologists dispute the estimate." },
  });
  await addSource({
    actor: editor,
    input: {
      claimId: water.id,
      version: withSummary.version,
      title: "Utility drought report",
      publisher: "Aquaduct Authority",
      quote: "Storage covers twelve months.",
    },
  });
  await claimOn(spanishArticle, "La electricidad será más barata en otoño.", "la electricidad será más barata en otoño");
});

const search = (input: Record<string, string>) => searchDesk({ actor: editor, input });

describe("full-text search", () => {
  it("finds an article by a word of its body, with the word marked in the snippet", async () => {
    const results = await search({ q: "engineers" });
    expect(results.articles.map((a) => a.title)).toEqual(["City budget day"]);
    expect(marked(results.articles[0]!.snippet)).toEqual(["engineers"]);
  });

  it("finds stemmed variants in the article's language, and words with or without accents", async () => {
    expect((await search({ q: "leaks" })).articles.map((a) => a.id)).toEqual([englishArticle]);
    expect((await search({ q: "promising replacements" })).articles.map((a) => a.id)).toEqual([englishArticle]);
    expect((await search({ q: "vacuna" })).articles.map((a) => a.id)).toEqual([spanishArticle]);
    expect((await search({ q: "energia" })).articles.map((a) => a.id)).toEqual([spanishArticle]);
    expect((await search({ q: "barata otono" })).claims.map((c) => c.text)).toEqual(["La electricidad será más barata en otoño."]);
  });

  it("finds a claim through its verdict and its sources, saying where", async () => {
    const byVerdict = await search({ q: "hydrologists" });
    expect(byVerdict.claims.map((c) => [c.id, c.foundIn])).toEqual([[waterClaim, ["verdict"]]]);
    expect(marked(byVerdict.claims[0]!.snippet)).toEqual(["Hydrologists"]);
    expect((await search({ q: "aquaduct authority" })).claims.map((c) => [c.id, c.foundIn])).toEqual([[waterClaim, ["source"]]]);
  });

  it("ranks the claim that says it in its own words above one whose article merely mentions it", async () => {
    const results = await search({ q: "reservoir water" });
    expect(results.claims[0]!.id).toBe(waterClaim);
    expect(results.claims[0]!.foundIn).toContain("claim");
  });

  it("finds claimants by a misspelt name and claims by a misspelt word", async () => {
    expect((await search({ q: "Sheinbaun" })).claimants.map((c) => c.name)).toEqual(["Claudia Sheinbaum"]);
    const typo = await search({ q: "resevoir" });
    expect(typo.claims.map((c) => [c.id, c.foundIn])).toEqual([[waterClaim, ["spelling"]]]);
  });

  it("keeps user text as text: markup typed into a claim comes back as characters, never marked", async () => {
    const results = await search({ q: "budget" });
    for (const hit of [...results.articles, ...results.claims]) expect(hit.snippet).not.toContain("<mark>");
  });
});

describe("filters", () => {
  it("narrows claims by state, rating, claimant and date, and by kind", async () => {
    const all = await search({ q: "troops" });
    expect(all.claims.length).toBeGreaterThan(1);
    const approved = await search({ q: "troops", state: "approved" });
    expect(approved.claims.length).toBeGreaterThan(0);
    expect(approved.claims.every((c) => c.state === "APPROVED")).toBe(true);
    expect(approved.claims.length).toBeLessThan(all.claims.length);
    const rated = await search({ q: "troops", rating: approved.claims[0]!.rating!.label });
    expect(rated.claims.every((c) => c.rating?.label === approved.claims[0]!.rating!.label)).toBe(true);
    expect(rated.articles).toEqual([]);
    const named = all.claims.find((c) => c.claimantName)!.claimantName!;
    const byClaimant = await search({ q: "troops", claimant: named.split(" ").at(-1)!.toLowerCase() });
    expect(byClaimant.claims.length).toBeGreaterThan(0);
    expect(byClaimant.claims.every((c) => c.claimantName === named)).toBe(true);
    expect((await search({ q: "troops", to: "2000-01-01" })).claims).toEqual([]);
    expect((await search({ q: "troops", from: "2000-01-01" })).claims).toHaveLength(all.claims.length);
    const onlyArticles = await search({ q: "troops", kind: "articles" });
    expect(onlyArticles.claims).toEqual([]);
    expect(onlyArticles.articles.length).toBeGreaterThan(0);
  });

  it("refuses a wrong filter or a too-short query with a clear message", async () => {
    await expect(search({ q: "troops", state: "burnt" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { state: ["Choose a state."] },
    });
    await expect(search({ q: "troops", from: "2024-02-01", to: "2024-01-01" })).rejects.toMatchObject({
      fieldErrors: { from: ["The start date is after the end date."] },
    });
    await expect(search({ q: "x" })).rejects.toMatchObject({ fieldErrors: { q: ["Type at least two characters."] } });
  });
});
