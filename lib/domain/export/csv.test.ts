import { describe, expect, it } from "vitest";
import { CLAIM_CSV_COLUMNS, claimsCsv } from "./claims-csv";
import { toCsv } from "./csv";

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and keeps non-Latin text", () => {
    expect(
      lines(
        toCsv(
          ["a", "b"],
          [
            ['He said "no", twice', "línea 1\nlínea 2"],
            ["北京", null],
          ],
        ),
      ),
    ).toEqual(["a,b", '"He said ""no"", twice","línea 1\nlínea 2"', "北京,"]);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const csv = toCsv(["cell"], [['=HYPERLINK("http://evil.example")'], ["+1+1"], ["-2+3"], ["@SUM(A1)"], ["\tcmd"], ["plain"]]);
    expect(lines(csv).slice(1)).toEqual(['"\'=HYPERLINK(""http://evil.example"")"', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tcmd", "plain"]);
  });

  it("writes the documented columns in their order", () => {
    const csv = claimsCsv([
      {
        id: "c1",
        articleId: "a1",
        articleTitle: "Title",
        text: "Claim",
        quote: "quote",
        claimant: null,
        state: "IN_REVIEW",
        rating: "False",
        ratingValue: 2,
        summary: "",
        explanation: "",
        sourceUrls: ["https://a.example", "https://b.example"],
        dateSaid: new Date("2025-03-04T12:00:00Z"),
        appearanceUrl: null,
        tags: [],
        assignee: null,
        createdAt: new Date("2025-03-05T00:00:00Z"),
        updatedAt: new Date("2025-03-06T00:00:00Z"),
        publishedUrl: null,
      },
    ]);
    expect(lines(csv)[0]).toBe(CLAIM_CSV_COLUMNS.join(","));
    expect(lines(csv)[1]).toBe(
      "c1,a1,Title,Claim,quote,,in_review,False,2,,,https://a.example | https://b.example,2025-03-04,,,,2025-03-05T00:00:00.000Z,2025-03-06T00:00:00.000Z,",
    );
  });
});
