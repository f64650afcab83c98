import { describe, expect, it } from "vitest";
import { htmlToCanonicalText } from "../import/html-to-text";
import { highlightHtml, type MarkSegment } from "./highlight-html";

const mark = (segment: MarkSegment) =>
  `<mark data-ids="${segment.claimIds.join(" ")}"${segment.insideInteractive ? " data-link" : ""}>${segment.html}</mark>${segment.endingIds.map((id) => `[${id}]`).join("")}`;
const rangeOf = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe("claims drawn into sanitized HTML", () => {
  const html =
    '<h2>Water &amp; power</h2>\n<p>The dam holds <em>4 billion</em> cubic metres, officials said.</p>\n<p>See <a href="https://x.example/">the report</a> for details.</p>';
  const text = htmlToCanonicalText(html);

  it("wraps a claim that crosses inline elements, piece by piece, keeping every element", () => {
    const result = highlightHtml(html, text, [{ id: "a", ...rangeOf(text, "holds 4 billion cubic") }], mark);
    expect(result).toBe(
      '<h2>Water &amp; power</h2>\n<p>The dam <mark data-ids="a">holds </mark><em><mark data-ids="a">4 billion</mark></em><mark data-ids="a"> cubic</mark>[a] metres, officials said.</p>\n<p>See <a href="https://x.example/">the report</a> for details.</p>',
    );
  });

  it("draws overlapping claims as pieces covered by both, the shorter claim first", () => {
    const result = highlightHtml(
      html,
      text,
      [
        { id: "long", ...rangeOf(text, "The dam holds 4 billion") },
        { id: "short", ...rangeOf(text, "dam holds") },
      ],
      mark,
    );
    expect(result).toContain(
      '<mark data-ids="long">The </mark><mark data-ids="short long">dam holds</mark>[short] <em><mark data-ids="long">4 billion</mark>[long]</em>',
    );
  });

  it("spans paragraphs and headings, and says when a piece sits inside a link", () => {
    const result = highlightHtml(
      html,
      text,
      [
        { id: "x", ...rangeOf(text, "power\n\nThe dam") },
        { id: "l", ...rangeOf(text, "the report") },
      ],
      mark,
    );
    expect(result).toContain('<h2>Water &amp; <mark data-ids="x">power</mark></h2>\n<p><mark data-ids="x">The dam</mark>[x]');
    expect(result).toContain('<a href="https://x.example/"><mark data-ids="l" data-link>the report</mark>[l]</a>');
  });

  it("escapes the article's text and leaves it unchanged without claims", () => {
    const risky = "<p>1 &lt; 2 &amp; &quot;quotes&quot;</p>";
    expect(highlightHtml(risky, htmlToCanonicalText(risky), [], mark)).toBe('<p>1 &lt; 2 &amp; "quotes"</p>');
    expect(highlightHtml(risky, htmlToCanonicalText(risky), [{ id: "q", start: 0, end: 5 }], mark)).toBe(
      '<p><mark data-ids="q">1 &lt; 2</mark>[q] &amp; &quot;quotes&quot;</p>',
    );
  });
});
