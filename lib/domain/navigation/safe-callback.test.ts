import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

describe("post-sign-in redirect", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/review?article=1")).toBe("/review?article=1");
  });
  it("refuses other origins, protocol-relative and backslash tricks", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      undefined,
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "/x\\y",
      // Paths that resolve to a network-path reference.
      "/.//evil.example",
      "/articles/..//evil.example",
      "/a/../..//evil.example",
    ]) {
      expect(safeCallbackPath(bad)).toBe("/articles");
    }
  });
});
