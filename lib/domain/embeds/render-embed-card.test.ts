import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import type { PublishedFactCheck } from "../reader/render-reader-page";
import { embedContentSecurityPolicy, embedNotFoundCard, renderEmbedCard } from "./render-embed-card";

const ORIGIN = "https://desk.example";
const HOSTILE = `<img src=x onerror=alert(1)> "quoted" & more`;

function factCheck(version = 1, latestVersion = 1): PublishedFactCheck {
  const snapshot = snapshotOf([
    snapshotClaim({ id: "a", text: HOSTILE, summary: "No order says so." }),
    snapshotClaim({
      id: "b",
      text: "Deaths fell.",
      claimant: null,
      rating: { label: "True", value: 6, description: "", color: "#1a7f37", icon: "check" },
    }),
  ]);
  snapshot.article = { ...snapshot.article, title: "Presupuesto de la ciudad", language: "es" };
  const at = new Date("2025-06-02T10:00:00Z");
  return { slug: "presupuesto", version, latestVersion, publishedAt: at, firstPublishedAt: at, snapshot, history: [] };
}

describe("the embed card", () => {
  it("lists each claim with its rating as text and icon, claimant and summary, and links the reader page in a new tab", () => {
    const card = renderEmbedCard(factCheck(), ORIGIN);
    const doc = new JSDOM(card.html).window.document;
    expect(doc.documentElement.lang).toBe("en");
    expect(doc.querySelector("h1")?.getAttribute("lang")).toBe("es");
    expect(doc.querySelector("script, iframe, form, img")).toBeNull();
    const items = [...doc.querySelectorAll("main ol > li")];
    expect(items.map((item) => item.querySelector(".badge")?.textContent)).toEqual(["Mostly false", "True"]);
    expect(items[0]!.querySelector(".badge svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(items[0]!.textContent).toContain(HOSTILE);
    expect(items[0]!.textContent).toContain("Claim by Donald Trump");
    expect(items[0]!.textContent).toContain("No order says so.");
    expect(items[1]!.textContent).not.toContain("Claim by");
    const link = doc.querySelector("a")!;
    expect(link.textContent).toBe("Read the full fact-check (opens in a new tab)");
    expect([link.getAttribute("href"), link.getAttribute("target"), link.getAttribute("rel")]).toEqual([
      `${ORIGIN}/f/presupuesto`,
      "_blank",
      "noopener",
    ]);
  });

  it("allows its one inline style by hash and lets any site frame it", () => {
    const card = renderEmbedCard(factCheck(), ORIGIN);
    const policy = embedContentSecurityPolicy(card.styleHashes);
    expect(policy).toContain("frame-ancestors *");
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain("script-src");
    expect(policy).toContain("default-src 'none'");
  });

  it("names an older version and links that version's page", () => {
    const doc = new JSDOM(renderEmbedCard(factCheck(1, 2), ORIGIN).html).window.document;
    expect(doc.querySelector(".meta")?.textContent).toContain("version 1 of 2");
    expect(doc.querySelector("a")?.getAttribute("href")).toBe(`${ORIGIN}/f/presupuesto?version=1`);
  });

  it("says plainly when the fact-check is not available", () => {
    const doc = new JSDOM(embedNotFoundCard("Example Desk", ORIGIN).html).window.document;
    expect(doc.querySelector("h1")?.textContent).toBe("Fact-check not available");
    expect(doc.querySelector("a")?.getAttribute("href")).toBe(`${ORIGIN}/`);
  });
});
