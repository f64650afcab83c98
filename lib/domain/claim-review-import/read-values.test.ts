import { describe, expect, it } from "vitest";
import { parseIsoDate, plainText } from "./read-values";
import { readJsonText } from "./read-json-text";
import { embedReferences } from "./json-ld";

describe("dates as ClaimReview writes them", () => {
  it("reads a date, a UTC time and a time with an offset", () => {
    expect(parseIsoDate("2024-03-05")?.toISOString()).toBe("2024-03-05T00:00:00.000Z");
    expect(parseIsoDate("2024-03-05T10:00:00Z")?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
    expect(parseIsoDate("2024-03-05T10:00:00+01:00")?.toISOString()).toBe("2024-03-05T09:00:00.000Z");
    expect(parseIsoDate("2024-03-05T10:00-0530")?.toISOString()).toBe("2024-03-05T15:30:00.000Z");
    expect(parseIsoDate("2024-03-05T10:00:00.123456Z")?.toISOString()).toBe("2024-03-05T10:00:00.123Z");
    expect(parseIsoDate("2024-03-05 10:00:00")?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
  });

  it("refuses what names no real instant", () => {
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "2024-13-01",
      "2024-03-05T24:00:00Z",
      "2024-03-05T10:60Z",
      "05/03/2024",
      "March 5, 2024",
      "2024-03-05T10:00:00+25:00",
      "0999-01-01",
      "",
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});

describe("text fields", () => {
  it("keeps the visible text of HTML and folds white space", () => {
    expect(plainText("  one\n\n two  ")).toBe("one two");
    expect(plainText("<ul><li>one</li><li>two</li></ul>")).toBe("one two");
    expect(plainText("A&#39;s &quot;quote&quot;<br>next")).toBe('A\'s "quote" next');
    expect(plainText("<style>p{}</style>kept")).toBe("kept");
  });
});

describe("pasted JSON", () => {
  it("reads JSON, with a byte-order mark or inside one script element", () => {
    expect(readJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readJsonText('<script type="application/ld+json">\n[{"a":1}]\n</script>')).toEqual({ ok: true, value: [{ a: 1 }] });
  });

  it("says where broken JSON breaks", () => {
    const result = readJsonText('{\n  "a": 1,\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^The JSON could not be read: .+ \(line 3, column 1\)\.$/);
    expect(readJsonText("   ")).toEqual({ ok: false, message: "There is no JSON to import." });
    expect(readJsonText("[1,")).toMatchObject({ ok: false, message: expect.stringMatching(/^The JSON could not be read/) });
  });
});

describe("@id references", () => {
  it("stops at cycles and at graphs built to multiply themselves", () => {
    const a = { "@id": "a", "@type": "Organization", name: "A", member: { "@id": "b" } };
    const b = { "@id": "b", "@type": "Person", name: "B", memberOf: { "@id": "a" } };
    const graph = new Map(Object.entries({ a, b }));
    expect(embedReferences({ author: { "@id": "a" } }, graph)).toEqual({
      author: {
        "@id": "a",
        "@type": "Organization",
        name: "A",
        member: { "@id": "b", "@type": "Person", name: "B", memberOf: { "@id": "a" } },
      },
    });
    // Ten references to a node that holds ten references to a node... would copy 10^8 values.
    const levels = new Map<string, Record<string, unknown>>();
    for (let level = 0; level < 8; level++) {
      levels.set(`n${level}`, { "@id": `n${level}`, refs: Array.from({ length: 10 }, () => ({ "@id": `n${level + 1}` })) });
    }
    const copy = JSON.stringify(embedReferences({ "@id": "root", author: { "@id": "n0" } }, levels));
    expect(copy.length).toBeLessThan(200_000);
  });
});
