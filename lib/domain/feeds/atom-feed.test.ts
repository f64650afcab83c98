import { describe, expect, it } from "vitest";
import { childTexts, parseXml } from "../../testing/parse-xml";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import { atomFeed } from "./atom-feed";
import type { FeedFactCheck } from "./feed-fact-check";

const ATOM = "http://www.w3.org/2005/Atom";
const HOSTILE = `Tom & Jerry's "budget" <script>alert(1)</script> ]]> \u0001— Бюджет 東京 ميزانية`;

function factCheck(slug: string, title: string, published: string, claims = [snapshotClaim({})]): FeedFactCheck {
  const snapshot = snapshotOf(claims);
  snapshot.article = { ...snapshot.article, title, siteName: "Example Daily" };
  return { slug, version: 1, publishedAt: new Date(published), firstPublishedAt: new Date(published), snapshot };
}

const feed = (factChecks: FeedFactCheck[], changedAt: Date | null = null) =>
  atomFeed({ origin: "https://desk.example", publisherName: "Example Desk & Co", description: "Checks <daily>", factChecks, changedAt });

describe("the Atom feed", () => {
  it("is well-formed Atom with one entry per fact-check, newest first, linking each reader page", () => {
    const doc = parseXml(
      feed([factCheck("newer", "Newer story", "2025-06-02T10:00:00Z"), factCheck("older", "Older story", "2025-05-01T10:00:00Z")]),
    );
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    expect(doc.documentElement.localName).toBe("feed");
    expect(childTexts(doc, "title")).toEqual(["Example Desk & Co: fact-checks"]);
    expect(childTexts(doc, "subtitle")).toEqual(["Checks <daily>"]);
    expect(childTexts(doc, "updated")).toEqual(["2025-06-02T10:00:00.000Z"]);
    const self = [...doc.documentElement.children].find((child) => child.localName === "link" && child.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://desk.example/feeds/fact-checks.xml");

    const entries = [...doc.getElementsByTagNameNS(ATOM, "entry")];
    expect(entries.map((entry) => childTexts(entry, "title")[0])).toEqual(["Fact-check: Newer story", "Fact-check: Older story"]);
    const [newer] = entries;
    expect(childTexts(newer!, "id")).toEqual(["https://desk.example/f/newer"]);
    expect(newer!.getElementsByTagNameNS(ATOM, "link")[0]!.getAttribute("href")).toBe("https://desk.example/f/newer");
    expect(childTexts(newer!, "published")).toEqual(["2025-06-02T10:00:00.000Z"]);
    expect(newer!.getElementsByTagNameNS(ATOM, "author")[0]!.textContent).toContain("The Fact-Check Desk");
    expect(newer!.getElementsByTagNameNS(ATOM, "category")[0]!.getAttribute("term")).toBe("Mostly false");
  });

  it("lists each claim with its rating and summary in the entry's summary", () => {
    const claims = [
      snapshotClaim({ id: "a", text: "Troops are needed.", summary: "No order says so." }),
      snapshotClaim({
        id: "b",
        text: "Fentanyl deaths fell.",
        rating: { label: "True", value: 6, description: "", color: "#1a7f37", icon: "check" },
      }),
    ];
    const doc = parseXml(feed([factCheck("story", "Story", "2025-06-02T10:00:00Z", claims)]));
    const summary = doc.getElementsByTagNameNS(ATOM, "summary")[0]!;
    expect(summary.getAttribute("type")).toBe("text");
    expect(summary.textContent).toBe(
      "2 claims checked in an article from Example Daily.\nMostly false: Troops are needed. — No order says so.\nTrue: Fentanyl deaths fell.",
    );
  });

  it("escapes hostile and non-Latin titles and drops characters XML cannot carry", () => {
    const xml = feed([factCheck("hostile", HOSTILE, "2025-06-02T10:00:00Z", [snapshotClaim({ text: HOSTILE })])]);
    expect(xml).not.toContain("<script>");
    const doc = parseXml(xml);
    const entry = doc.getElementsByTagNameNS(ATOM, "entry")[0]!;
    const clean = HOSTILE.replace("\u0001", "");
    expect(childTexts(entry, "title")).toEqual([`Fact-check: ${clean}`]);
    expect(entry.getElementsByTagNameNS(ATOM, "summary")[0]!.textContent).toContain(`Mostly false: ${clean}`);
  });

  it("says when it last changed even after the newest entry was withdrawn, and is valid with no entry", () => {
    const withdrawn = new Date("2025-07-01T08:00:00Z");
    expect(childTexts(parseXml(feed([factCheck("a", "A", "2025-06-02T10:00:00Z")], withdrawn)), "updated")).toEqual([
      withdrawn.toISOString(),
    ]);
    const empty = parseXml(feed([], null));
    expect(empty.getElementsByTagNameNS(ATOM, "entry")).toHaveLength(0);
    expect(childTexts(empty, "updated")).toEqual(["1970-01-01T00:00:00.000Z"]);
  });
});
