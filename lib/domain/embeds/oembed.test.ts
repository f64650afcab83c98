import { describe, expect, it } from "vitest";
import { snapshotClaim, snapshotOf } from "../../testing/snapshot-fixture";
import type { PublishedFactCheck } from "../reader/render-reader-page";
import { cardHeight, EMBED_WIDTH, embedTargetOf, maxDimension, oembedAnswer } from "./oembed";

const ORIGIN = "https://desk.example";

function factCheck(claims = 2, version = 1, latestVersion = 1): PublishedFactCheck {
  const snapshot = snapshotOf(
    Array.from({ length: claims }, (_, i) => snapshotClaim({ id: `c${i}`, summary: "The record says otherwise." })),
  );
  snapshot.article = { ...snapshot.article, title: `Example Daily: "bridge" & <tunnel>` };
  const at = new Date("2025-06-02T10:00:00Z");
  return { slug: "bridge", version, latestVersion, publishedAt: at, firstPublishedAt: at, snapshot, history: [] };
}

describe("oEmbed", () => {
  it("recognises this site's reader pages and embed cards, with a version, and nothing else", () => {
    expect(embedTargetOf(`${ORIGIN}/f/bridge`, ORIGIN)).toEqual({ slug: "bridge", version: undefined });
    expect(embedTargetOf(`${ORIGIN}/f/bridge?version=2#claim-x`, ORIGIN)).toEqual({ slug: "bridge", version: 2 });
    expect(embedTargetOf(`${ORIGIN}/embed/f/bridge/`, ORIGIN)).toEqual({ slug: "bridge", version: undefined });
    // A version that cannot exist is asked for as version 0, which is never published.
    expect(embedTargetOf(`${ORIGIN}/f/bridge?version=abc`, ORIGIN)).toEqual({ slug: "bridge", version: 0 });
    for (const other of [
      "https://elsewhere.example/f/bridge",
      "http://desk.example/f/bridge",
      "https://desk.example.evil.example/f/bridge",
      "https://user@desk.example/f/bridge",
      `${ORIGIN}/articles/bridge`,
      `${ORIGIN}/f/Bridge`,
      `${ORIGIN}/f/bridge/extra`,
      `${ORIGIN}/f/%2e%2e`,
      "/f/bridge",
      "javascript:alert(1)",
      "not a url",
    ])
      expect(embedTargetOf(other, ORIGIN), other).toBeNull();
  });

  it("reads maxwidth and maxheight only as positive whole pixels", () => {
    expect([
      maxDimension("300"),
      maxDimension("0"),
      maxDimension("-5"),
      maxDimension("12.5"),
      maxDimension("1e3"),
      maxDimension(null),
    ]).toEqual([300, undefined, undefined, undefined, undefined, undefined]);
  });

  it("answers a rich iframe of the card, escaped, never larger than the consumer allows", () => {
    const answer = oembedAnswer({ fc: factCheck(), origin: ORIGIN, providerName: "Example Desk" });
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      width: EMBED_WIDTH,
      provider_name: "Example Desk",
      provider_url: `${ORIGIN}/`,
    });
    expect(answer.title).toBe(`Fact-check: Example Daily: "bridge" & <tunnel>`);
    expect(answer.html).toBe(
      `<iframe src="https://desk.example/embed/f/bridge" width="560" height="${answer.height}" title="Fact-check: Example Daily: &quot;bridge&quot; &amp; &lt;tunnel&gt;" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`,
    );
    const small = oembedAnswer({ fc: factCheck(), origin: ORIGIN, providerName: "D", maxWidth: 300, maxHeight: 200 });
    expect([small.width, small.height]).toEqual([300, 200]);
    expect(small.html).toContain('width="300" height="200"');
  });

  it("pins an older version's card to that version", () => {
    expect(oembedAnswer({ fc: factCheck(1, 1, 3), origin: ORIGIN, providerName: "D" }).html).toContain(
      'src="https://desk.example/embed/f/bridge?version=1"',
    );
  });

  it("sizes the card by its content: more claims or a narrower frame make it taller", () => {
    expect(cardHeight(factCheck(4), 560)).toBeGreaterThan(cardHeight(factCheck(1), 560));
    expect(cardHeight(factCheck(2), 300)).toBeGreaterThan(cardHeight(factCheck(2), 560));
  });
});
