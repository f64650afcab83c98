import { describe, expect, it } from "vitest";
import { htmlToCanonicalText } from "./html-to-text";
import { markdownToSafeHtml } from "./markdown-to-html";
import { sanitizeArticleHtml } from "./sanitize-article-html";

describe("sanitizing imported HTML", () => {
  it("removes scripts and their content, and event handlers", () => {
    const html = sanitizeArticleHtml(
      '<p onclick="steal()">Hi<script>alert(1)</script><img src="https://x.org/a.png" onerror="alert(2)" alt="A chart"></p>',
    );
    expect(html).toBe('<p>Hi<img src="https://x.org/a.png" alt="A chart" /></p>');
  });

  it("drops javascript: and data: URLs", () => {
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="nofollow noopener noreferrer">x</a>');
    expect(sanitizeArticleHtml('<a href="JaVaScRiPt&#58;alert(1)">x</a>')).not.toMatch(/javascript/i);
    expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAAA" alt="pixel">')).toBe('<img alt="pixel" />');
  });

  it("removes iframes, forms and every style or class that could hide text", () => {
    const html = sanitizeArticleHtml(
      '<iframe src="https://evil.example"></iframe><form><input></form><p style="display:none" class="hidden">Visible words</p><style>p{color:white}</style>',
    );
    expect(html).toBe("<p>Visible words</p>");
  });

  it("keeps the structure of an article", () => {
    const html = sanitizeArticleHtml(
      '<h2>Heading</h2><blockquote><p>Quote</p></blockquote><ul><li>One</li></ul><table><tr><th>Year</th><td>2025</td></tr></table><figure><img src="https://x.org/p.jpg" alt="Troops"><figcaption>Caption</figcaption></figure><p>Line<br>break <a href="https://x.org">link</a></p>',
    );
    for (const fragment of [
      "<h2>Heading</h2>",
      "<blockquote>",
      "<li>One</li>",
      "<th>Year</th>",
      'alt="Troops"',
      "<figcaption>Caption</figcaption>",
      "<br />",
      'href="https://x.org"',
    ]) {
      expect(html).toContain(fragment);
    }
  });
});

describe("canonical text of HTML", () => {
  it("puts each block on its own paragraph and folds white space", () => {
    expect(htmlToCanonicalText("<h1>Title</h1>\n<p>First   para\n graph.</p><ul><li>A</li><li>B</li></ul>")).toBe(
      "Title\n\nFirst para graph.\n\nA\n\nB",
    );
  });
  it("keeps table rows as lines of cells, captions and line breaks", () => {
    expect(htmlToCanonicalText("<table><caption>Votes</caption><tr><th>Year</th><td>2025</td></tr></table><p>a<br>b</p>")).toBe(
      "Votes\n\nYear 2025\n\na\nb",
    );
  });
  it("decodes entities", () => {
    expect(htmlToCanonicalText("<p>Fish &amp; chips&nbsp;&#8217;24</p>")).toBe("Fish & chips ’24");
  });
});

describe("Markdown articles", () => {
  it("keep headings, paragraphs, lists and links, and lose raw HTML scripts", () => {
    const html = markdownToSafeHtml("# Title\n\nSome *text* with [a link](https://x.org).\n\n- one\n- two\n\n<script>alert(1)</script>");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<em>text</em>");
    expect(html).toContain('<a href="https://x.org" rel="nofollow noopener noreferrer">a link</a>');
    expect(html).toContain("<li>two</li>");
    expect(html).not.toContain("script");
    expect(htmlToCanonicalText(html)).toBe("Title\n\nSome text with a link.\n\none\n\ntwo");
  });
});
