import { describe, expect, it } from "vitest";
import { richTextDocSchema } from "../../schemas/rich-text";
import { renderRichText, richTextFromParagraphs, richTextToPlainText } from "./render-rich-text";

describe("rich-text explanations", () => {
  it("renders paragraphs, emphasis and http links", () => {
    const doc = richTextDocSchema.parse({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "See " },
            { type: "text", text: "the order", marks: [{ type: "link", attrs: { href: "https://example.org/eo" } }, { type: "bold" }] },
          ],
        },
      ],
    });
    expect(renderRichText(doc)).toBe('<p>See <strong><a href="https://example.org/eo" rel="nofollow noopener">the order</a></strong></p>');
  });

  it("escapes text, refuses javascript: links at the door and drops any that reach the renderer", () => {
    const doc = {
      type: "doc" as const,
      content: [
        {
          type: "paragraph" as const,
          content: [
            {
              type: "text" as const,
              text: "<img src=x onerror=alert(1)>",
              marks: [{ type: "link" as const, attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    };
    expect(richTextDocSchema.safeParse(doc).success).toBe(false);
    expect(renderRichText(doc)).toBe("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
  });

  it("accepts the links the editor makes (http, https, mailto, with tiptap's attributes) and nests lists only so deep", () => {
    const link = (href: string) => ({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "x",
              marks: [{ type: "link", attrs: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } }],
            },
          ],
        },
      ],
    });
    for (const href of ["https://example.org/a?b=c#d", "http://example.org", "mailto:desk@example.org"])
      expect(richTextDocSchema.safeParse(link(href)).success, href).toBe(true);
    // Only the address is stored: the editor's own defaults must not make a saved explanation look changed.
    expect(JSON.stringify(richTextDocSchema.parse(link("https://example.org")))).not.toMatch(/target|rel|class|title/);
    for (const href of ["data:text/html,x", "vbscript:x", "/relative", "ftp://example.org/file"])
      expect(richTextDocSchema.safeParse(link(href)).success, href).toBe(false);
    let nested: object = { type: "paragraph", content: [{ type: "text", text: "deep" }] };
    for (let level = 0; level < 12; level++) nested = { type: "blockquote", content: [nested] };
    expect(richTextDocSchema.safeParse({ type: "doc", content: [nested] }).error?.issues[0]?.message).toMatch(/nest at most/);
  });

  it("refuses node types outside the explanation schema", () => {
    expect(richTextDocSchema.safeParse({ type: "doc", content: [{ type: "iframe", attrs: { src: "x" } }] }).success).toBe(false);
  });

  it("round-trips paragraphs through plain text", () => {
    expect(richTextToPlainText(richTextFromParagraphs(["One.", "Two."]))).toBe("One.\n\nTwo.");
  });
});
