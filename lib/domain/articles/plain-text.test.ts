import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { escapeHtml } from "../html/escape-html";
import { canonicalTextOf, htmlOfParagraphs, paragraphsOf } from "./plain-text";
import { slugify } from "./slug";

describe("plain-text articles", () => {
  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(paragraphsOf("First line\nstill first.\r\n\r\n\n  Second.  \n")).toEqual(["First line still first.", "Second."]);
  });

  it("folds no-break spaces and tabs into plain spaces", () => {
    expect(paragraphsOf("work closely with\u00a0Mexican forces\u00a0\tnow")).toEqual(["work closely with Mexican forces now"]);
  });

  it("gives the same content hash whatever the line endings", () => {
    const unix = canonicalTextOf(paragraphsOf("A.\n\nB."));
    const windows = canonicalTextOf(paragraphsOf("A.\r\n\r\nB.\r\n"));
    expect(contentHash(unix)).toBe(contentHash(windows));
    expect(contentHash(unix)).not.toBe(contentHash("A. B."));
  });

  it("escapes markup so pasted text can never become HTML", () => {
    expect(htmlOfParagraphs(['<script>alert("x")</script> & co'])).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>",
    );
    expect(escapeHtml("it's")).toBe("it&#39;s");
  });

  it("makes readable ASCII slugs", () => {
    expect(slugify("Trump says: Sheinbaum’s ‘No’ — Cárteles Unidos!")).toBe("trump-says-sheinbaum-s-no-carteles-unidos");
    expect(slugify("!!!")).toBe("article");
  });
});
