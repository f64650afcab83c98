import { describe, expect, it } from "vitest";
import { publisherProfileSchema } from "./admin";
import { httpUrlSchema } from "./common";

describe("shared input rules", () => {
  it("takes web addresses only when written out in full", () => {
    const url = httpUrlSchema();
    expect(url.safeParse("https://www.example.org/a?b=1").success).toBe(true);
    for (const bad of [
      "http:example.org",
      "https:/example.org",
      "https:\\\\example.org",
      "javascript:alert(1)",
      "//example.org",
      "example.org",
    ])
      expect(url.safeParse(bad).success, bad).toBe(false);
  });

  it("refuses addresses whose text could imitate another (direction overrides, invisible marks, spaces, quotes)", () => {
    const url = httpUrlSchema();
    expect(url.safeParse("https://www.wikidata.org/wiki/Q22686").success).toBe(true);
    for (const hostile of [
      "https://a.example/\u202ejs",
      "https://a.example/\u200bx",
      'https://ok.example/" onmouseover="x',
      "https://a.example/a b",
    ])
      expect(url.safeParse(hostile).success, hostile).toBe(false);
  });

  it("reads numbers as typed: digits are numbers, hex and exponents are not", () => {
    const profile = (requiredApprovals: unknown) =>
      publisherProfileSchema.safeParse({ name: "Desk", url: "", logoUrl: "", description: "", requiredApprovals });
    expect(profile(" 2 ")).toMatchObject({ success: true, data: { requiredApprovals: 2 } });
    expect(profile(3)).toMatchObject({ success: true, data: { requiredApprovals: 3 } });
    for (const typed of ["0x2", "2e0", "1_0", "", "two", "2.5"]) {
      const result = profile(typed);
      expect(result.success, typed).toBe(false);
      expect(result.error?.issues[0]?.message, typed).toBe("Use a whole number.");
    }
  });
});
