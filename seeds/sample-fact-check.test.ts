import { describe, expect, it } from "vitest";
import { anchorQuote } from "@/lib/domain/anchoring/text-quote";
import { DEFAULT_RATINGS } from "@/lib/domain/ratings/default-scale";
import { readSampleArticle } from "./sample-fact-check";
import { SAMPLE_CLAIMANTS, SAMPLE_CLAIMS } from "./sample-fact-check-data";

describe("the shipped sample fact-check", () => {
  const { plainText } = readSampleArticle();

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
});
