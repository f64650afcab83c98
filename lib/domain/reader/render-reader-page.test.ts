import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { PublicationSnapshot } from "../../schemas/publication";
import { type PublishedFactCheck, renderReaderPage } from "./render-reader-page";

const text = "The mayor said the bridge cost 40 million.\n\nCritics disagree.";
const snapshot = (overrides: Partial<PublicationSnapshot["article"]> = {}): PublicationSnapshot => ({
  article: {
    title: "Bridge <costs>",
    byline: null,
    siteName: "City News",
    sourceUrl: "javascript:alert(1)",
    publishedTime: null,
    language: "en",
    plainText: text,
    html: "<p>The mayor said the bridge cost 40 million.</p>\n<p>Critics disagree.</p>",
    ...overrides,
  },
  claims: [
    {
      id: "c1",
      text: 'The bridge cost "40 million" <b>',
      anchor: { exact: "the bridge cost 40 million", prefix: "", suffix: "", start: 15, end: 41 },
      claimant: null,
      dateSaid: null,
      appearanceUrl: null,
      rating: { label: "False", value: 2, description: "", color: "#b01c1c;}body{display:none", icon: "cross" },
      summary: "It cost 55 million.",
      explanation: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See the audit." }] }] },
      sources: [],
      author: "Ed",
      reviewers: [{ name: "Rita", approvedAt: "2025-05-16T00:00:00.000Z" }],
      verdictUpdatedAt: "2025-05-16T00:00:00.000Z",
    },
  ],
  scale: { best: 6, worst: 1 },
  publisher: { name: "Desk", url: "https://desk.example", logoUrl: null },
});
const factCheck = (s: PublicationSnapshot, history: PublishedFactCheck["history"] = []): PublishedFactCheck => ({
  slug: "bridge",
  version: 1,
  latestVersion: history.length || 1,
  publishedAt: new Date("2025-05-16T09:00:00Z"),
  firstPublishedAt: new Date("2025-05-16T09:00:00Z"),
  snapshot: s,
  history,
});

describe("the reader page document", () => {
  it("escapes every text, drops unsafe links and colours, and draws the claim as a link to its verdict that opens its dialog", () => {
    const { html } = renderReaderPage(factCheck(snapshot()), "https://desk.example");
    expect(html).toContain("<h1>Bridge &lt;costs&gt;</h1>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("display:none");
    expect(html).toContain(
      '<a class="claim-link" href="#claim-c1" data-verdict="verdict-c1" aria-describedby="claim-desc-c1"><mark data-claim-id="c1"',
    );
    expect(html).toContain(">the bridge cost 40 million</mark></a>");
    expect(html).toContain('<dialog id="verdict-c1" aria-label="Verdict: False" class="verdict-dialog"><form method="dialog">');
    // No inline script: only JSON-LD data blocks and our own file.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/scripts/reader.js" defer>', '<script type="application/ld+json">']);
  });

  it("hashes exactly the style block it emits, for the Content-Security-Policy", () => {
    const { html, styleHashes } = renderReaderPage(factCheck(snapshot()), "https://desk.example");
    const style = html.match(/<style>([^<]*)<\/style>/)![1]!;
    expect(styleHashes).toEqual([`'sha256-${crypto.createHash("sha256").update(style).digest("base64")}'`]);
  });

  it("shows publications without frozen HTML from their canonical text, with versions and corrections", () => {
    const history = [
      { version: 2, publishedAt: new Date("2025-05-20T00:00:00Z"), correctionNote: "Re-rated after the audit." },
      { version: 1, publishedAt: new Date("2025-05-16T00:00:00Z"), correctionNote: null },
    ];
    const { html } = renderReaderPage(factCheck(snapshot({ html: undefined }), history), "https://desk.example");
    expect(html).toContain("<p>The mayor said ");
    expect(html).toContain("Re-rated after the audit.");
    expect(html).toContain('<a href="/f/bridge?version=2">Version 2, 20 May 2025</a>');
    expect(html).toContain("You are reading version 1 of 2.");
    // The older version offers its own card for embedding.
    expect(html).toContain(
      `href="https://desk.example/oembed?url=${encodeURIComponent("https://desk.example/f/bridge?version=1")}&amp;format=json"`,
    );
  });

  it("lets oEmbed consumers discover the embeddable card from the page", () => {
    const { html } = renderReaderPage(factCheck(snapshot()), "https://desk.example");
    const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/);
    expect(link?.[1]).toBe("https://desk.example/oembed?url=https%3A%2F%2Fdesk.example%2Ff%2Fbridge&amp;format=json");
    expect(link?.[2]).toBe("Fact-check: Bridge &lt;costs&gt;");
  });

  it("says when the article changed after publication and links the change log of the version shown", () => {
    const changedAt = new Date("2026-11-26T10:00:00Z");
    const latest = renderReaderPage({ ...factCheck(snapshot()), articleChange: { changedAt, revisions: 1 } }, "https://desk.example").html;
    expect(latest).toContain(
      '<p class="alert alert--warning">The article was changed on <time datetime="2026-11-26T10:00:00.000Z">26 November 2026</time>, after this fact-check was published. <a href="/f/bridge/changes">See what changed</a>.</p>',
    );
    const history = [
      { version: 2, publishedAt: new Date("2025-05-20T00:00:00Z"), correctionNote: "Re-rated." },
      { version: 1, publishedAt: new Date("2025-05-16T00:00:00Z"), correctionNote: null },
    ];
    const older = renderReaderPage(
      { ...factCheck(snapshot(), history), articleChange: { changedAt, revisions: 2 } },
      "https://desk.example",
    ).html;
    expect(older).toContain("The article was last changed on");
    expect(older).toContain('<a href="/f/bridge/changes?version=1">See what changed</a>');
    expect(renderReaderPage(factCheck(snapshot()), "https://desk.example").html).not.toContain("See what changed");
  });
});
