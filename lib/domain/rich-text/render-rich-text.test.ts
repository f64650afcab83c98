import { describe, expect, it } from "vitest";
import { richTextDocSchema } from "../../schemas/rich-text";
import { renderRichText, richTextFromParagraphs, richTextToPlainText } from "./render-rich-text";

describe("rich-text explanations", () => {
  it("renders paragraphs, emphasis and http links", () => {
    const doc = richTextDocSchema.parse({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "See " }, { type: "text", text: "the order", marks: [{ type: "link", attrs: { href: "https://example.org/eo" } }, { type: "bold" }] }] },
      ],
    });
    expect(renderRichText(doc)).toBe('<p>See <strong><a href="https://example.org/eo" rel="nofollow noopener">the order</a></strong></p>');
  });

  it("escapes text and drops javascript: links", () => {
    const doc = richTextDocSchema.parse({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "<img src=x onerror=alert(1)>", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    });
    const html = renderRichText(doc);
    expect(html).toBe("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
  });

  it("refuses node types outside the explanation schema", () => {
    expect(richTextDocSchema.safeParse({ type: "doc", content: [{ type: "iframe", attrs: { src: "x" } }] }).success).toBe(false);
  });

  it("round-trips paragraphs through plain text", () => {
    expect(richTextToPlainText(richTextFromParagraphs(["One.", "Two."]))).toBe("One.\n\nTwo.");
  });
});
