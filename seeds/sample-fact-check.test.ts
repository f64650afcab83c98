import { describe, expect, it } from "vitest";
import { anchorQuote } from "@/lib/domain/anchoring/text-quote";
import { DEFAULT_RATINGS } from "@/lib/domain/ratings/default-scale";
import { readSampleArticle } from "./sample-fact-check";
import { SAMPLE_ARTICLE, SAMPLE_CLAIMANTS, SAMPLE_CLAIMS, type SampleClaim } from "./sample-fact-check-data";

describe("the shipped sample fact-check", () => {
  const { plainText } = readSampleArticle();
  const allSources = SAMPLE_CLAIMS.flatMap((claim) => claim.sources);
  const claimQuoting = (words: string): SampleClaim => {
    const found = SAMPLE_CLAIMS.find((claim) => claim.quote.includes(words));
    if (!found) throw new Error(`No sample claim quotes "${words}"`);
    return found;
  };

  it("anchors every claim to a quote that occurs exactly once in the article", () => {
    for (const claim of SAMPLE_CLAIMS) {
      const first = plainText.indexOf(claim.quote);
      expect(first, claim.quote).toBeGreaterThanOrEqual(0);
      expect(plainText.indexOf(claim.quote, first + 1), claim.quote).toBe(-1);
      expect(anchorQuote(plainText, claim.quote)?.exact).toBe(claim.quote);
    }
  });

  it("covers the article's key claims, with Trump and Sheinbaum as claimants", () => {
    expect(SAMPLE_CLAIMS.length).toBeGreaterThanOrEqual(5);
    const quotes = SAMPLE_CLAIMS.map((claim) => claim.quote).join(" | ");
    for (const topic of ["issued an order in January", "In February", "Northern Command", "rejected his offer"]) {
      expect(quotes).toContain(topic);
    }
    const names = SAMPLE_CLAIMANTS.map((claimant) => claimant.name);
    expect(names).toEqual(expect.arrayContaining(["Donald Trump", "Claudia Sheinbaum"]));
  });

  it("has published, in-review and draft claims, each with a rating from the scale and a source", () => {
    const states = SAMPLE_CLAIMS.map((claim) => claim.state);
    expect(states.filter((state) => state === "APPROVED").length).toBeGreaterThanOrEqual(2);
    expect(states).toContain("IN_REVIEW");
    expect(states).toContain("DRAFT");
    const labels = DEFAULT_RATINGS.map((rating) => rating.label);
    for (const claim of SAMPLE_CLAIMS) {
      expect(labels).toContain(claim.rating);
      expect(claim.sources.length).toBeGreaterThan(0);
      expect(claim.explanation.join(" ").length).toBeGreaterThan(100);
    }
  });

  it("cites primary documents by exact name for the documentary claims", () => {
    const cited = SAMPLE_CLAIMS.flatMap((claim) => claim.sources.map((source) => source.title)).join(" | ");
    expect(cited).toContain("Executive Order 14167 of January 20, 2025");
    expect(cited).toContain("Terrorist Designations of International Cartels");
  });

  it("has the mix the README describes: four approved, one in review, one draft", () => {
    const count = (state: string) => SAMPLE_CLAIMS.filter((claim) => claim.state === state).length;
    expect([count("APPROVED"), count("IN_REVIEW"), count("DRAFT")]).toEqual([4, 1, 1]);
  });

  it("links Federal Register documents by their stable /d/<document number> address", () => {
    const federalRegister = allSources.filter((source) => source.url?.includes("federalregister.gov"));
    expect(federalRegister.length).toBeGreaterThanOrEqual(3);
    for (const source of federalRegister) {
      expect(source.url, source.title).toMatch(/^https:\/\/www\.federalregister\.gov\/d\/\d{4}-\d{5}$/);
    }
    const urlOf = (title: string) => allSources.find((source) => source.title.startsWith(title))?.url;
    expect(urlOf("Executive Order 14167")).toBe("https://www.federalregister.gov/d/2025-02089");
    expect(urlOf("Executive Order 14157")).toBe("https://www.federalregister.gov/d/2025-02004");
    expect(urlOf("Proclamation 10886")).toBe("https://www.federalregister.gov/d/2025-01948");
  });

  it("gives every source an https address or, without one, an occasion and a date", () => {
    for (const source of allSources) {
      if (source.url) expect(source.url, source.title).toMatch(/^https:\/\//);
      else expect(source.title, source.title).toMatch(/\b(19|20)\d{2}\b/);
    }
  });

  it("cites Gen. Guillot's testimony of 13 February 2025, not an unconfirmed republication", () => {
    expect(allSources.filter((source) => source.url?.includes("lincolndailynews"))).toEqual([]);
    const northernCommand = claimQuoting("U.S. Northern Command");
    const testimony = northernCommand.sources.find((source) => source.kind === "PRIMARY");
    expect(testimony?.title).toContain("Guillot");
    expect(testimony?.title).toContain("Senate Armed Services Committee, 13 February 2025");
    expect(northernCommand.sources.map((source) => source.title).join(" ")).not.toContain("8 April");
    expect(northernCommand.explanation.join(" ")).toContain("13 February 2025");
  });

  it("rates the army-for-Armed-Forces and Trump-for-Secretary-of-State simplifications by one standard", () => {
    const order = claimQuoting("issued an order in January");
    const designation = claimQuoting("In February, Trump designated");
    expect(designation.rating).toBe(order.rating);
    expect(order.explanation.join(" ")).toContain("one standard");
    expect(designation.explanation.join(" ")).toContain("same standard");
  });

  it("rates Sheinbaum's own account by one thing only, and says which", () => {
    const account = claimQuoting("we will never accept the presence");
    expect(account.claimant).toBe("sheinbaum");
    expect(["True", "Unverifiable"]).toContain(account.rating);
    expect(account.explanation[0]).toMatch(/^We rate /);
    if (account.rating === "Unverifiable") expect(account.text).toContain("in the words she quoted");
  });

  it("credits the English wording of Sheinbaum's remarks to Fox News, not to her, and quotes no source in the article's words", () => {
    const texcoco = allSources.filter((source) => source.title.includes("Texcoco"));
    const speech = texcoco.find((source) => source.kind === "PRIMARY");
    expect(speech?.title).toContain("in Spanish");
    expect(speech?.title).toContain("Fox News' translation");
    for (const source of allSources) {
      if (source.quote) expect(plainText.includes(source.quote), source.quote).toBe(false);
    }
    const spanish = texcoco.find((source) => source.quote?.includes("nunca vamos a aceptar"));
    expect(spanish?.url).toMatch(/^https:\/\//);
  });

  it("dates each remark to the day it was made and explains the dateline of the copy", () => {
    const saidOn = (claimant: string) => new Set(SAMPLE_CLAIMS.filter((c) => c.claimant === claimant).map((c) => c.dateSaid));
    expect(saidOn("trump")).toEqual(new Set(["2025-05-04"]));
    expect(saidOn("sheinbaum")).toEqual(new Set(["2025-05-03"]));
    expect(plainText.startsWith("May 15, 2025")).toBe(true);
    expect(SAMPLE_ARTICLE.datelineNote).toContain("15 May 2025");
    expect(SAMPLE_ARTICLE.datelineNote).toContain("3 May 2025");
    expect(SAMPLE_ARTICLE.datelineNote).toContain("4 May 2025");
    // Readers are told, and the dateline is not passed off as the date Fox News published.
    expect(claimQuoting("rejected his offer").explanation).toContain(SAMPLE_ARTICLE.datelineNote);
    expect(SAMPLE_ARTICLE.publishedTime).toBeNull();
  });
});
