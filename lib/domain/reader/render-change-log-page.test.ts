import { describe, expect, it } from "vitest";
import { diffTexts } from "../anchoring/text-diff";
import { buildChangeLog } from "../articles/change-log";
import { changeLogHtml } from "../articles/change-log-html";
import { type PublicChangeLog, renderChangeLogPage } from "./render-change-log-page";

const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
const before = `The mayor said the <bridge> cost 40 million. ${filler} Critics disagree.`;
const after = `The mayor said the <bridge> cost 45 million. ${filler} Critics disagree.\n\nA new paragraph & more.`;

const changes = (overrides: Partial<PublicChangeLog> = {}): PublicChangeLog => ({
  slug: "bridge",
  version: 1,
  latestVersion: 1,
  title: "Bridge <costs>",
  publisherName: "Desk",
  publishedAt: new Date("2025-05-16T09:00:00Z"),
  from: { revision: 1, date: new Date("2025-05-15T08:00:00Z") },
  to: { revision: 2, date: new Date("2026-11-26T10:00:00Z") },
  precision: "word",
  log: buildChangeLog(diffTexts(before, after)),
  ...overrides,
});

describe("the change log as HTML", () => {
  it("marks insertions and deletions with <ins> and <del> that also say so in words, and escapes the text", () => {
    const html = changeLogHtml(buildChangeLog(diffTexts(before, after)), "Changes");
    expect(html).toContain('<del><span class="visually-hidden">[deleted: </span>40<span class="visually-hidden">]</span></del>');
    expect(html).toContain('<ins><span class="visually-hidden">[inserted: </span>45<span class="visually-hidden">]</span></ins>');
    expect(html).toContain("the &lt;bridge&gt; cost");
    expect(html).not.toContain("<bridge>");
    // The unchanged middle is collapsed into a count; the new paragraph's break is visible.
    expect(html).toMatch(/<p class="change-log__gap">… \d+ unchanged characters …<\/p>/);
    expect(html).toContain("¶\n\nA new paragraph &amp; more.");
  });
});

describe("the public change log page", () => {
  it("gives the dates of the checked text and of the change, the summary and the way back", () => {
    const { html, styleHashes } = renderChangeLogPage(changes(), "https://desk.example");
    expect(styleHashes).toEqual([]);
    expect(html).toContain("<h1>What changed in the article</h1>");
    expect(html).toContain('checked the article as it read on <time datetime="2025-05-15T08:00:00.000Z">15 May 2025</time>');
    expect(html).toContain('The article was changed on <time datetime="2026-11-26T10:00:00.000Z">26 November 2026</time>');
    expect(html).toContain('<p class="change-summary">5 words inserted, 1 deleted in 2 places.</p>');
    expect(html).toContain('<a href="/f/bridge">Back to the fact-check</a>');
    expect(html).toContain("Bridge &lt;costs&gt;");
    expect(html).not.toMatch(/<script|<style/);
  });

  it("says when nothing changed, and links back to an earlier version it was asked about", () => {
    const { html } = renderChangeLogPage(
      changes({ version: 1, latestVersion: 2, log: buildChangeLog(diffTexts(before, before)) }),
      "https://desk.example",
    );
    expect(html).toContain("The article has not changed since.");
    expect(html).not.toContain("change-log__hunk");
    expect(html).toContain('<a href="/f/bridge?version=1">Back to the fact-check</a>');
  });
});
