import { describe, expect, it } from "vitest";
import { readerMedia } from "./reader-media";

describe("images and tables on the reader page", () => {
  it("shows an image's alt text and loads it only on request", () => {
    const html = readerMedia(
      '<p>Before</p><figure><img src="https://cdn.example/photo.jpg" alt="Troops at the border &amp; a fence"><figcaption>AP</figcaption></figure>',
    );
    expect(html).not.toContain("<img");
    expect(html).toContain('aria-label="Image: Troops at the border &amp; a fence"');
    expect(html).toContain(
      '<a class="image-placeholder__show" href="https://cdn.example/photo.jpg" data-show-image rel="noopener nofollow">Show image</a>',
    );
    expect(html).toContain("<figcaption>AP</figcaption>");
  });

  it("says when an image has no description, and never links an unsafe address", () => {
    const html = readerMedia('<img src="javascript:alert(1)">');
    expect(html).toContain("Image without a description");
    expect(html).not.toContain("javascript:");
  });

  it("lets wide tables scroll inside a named region", () => {
    expect(readerMedia("<table><tr><td>1</td></tr></table>")).toBe(
      '<div class="scroll-area" role="region" tabindex="0" aria-label="Table"><table><tr><td>1</td></tr></table></div>',
    );
  });
});
