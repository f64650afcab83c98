import { describe, expect, it } from "vitest";
import { inputProblem } from "@/lib/domain/input/clean-input";
import { claimReviewImportFormSchema, importClaimReviewsSchema, searchReferenceArchiveSchema } from "./reference";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${String(issue.path[0] ?? "")}: ${issue.message}`) ?? [];

describe("the admin form", () => {
  const form = (fields: Record<string, unknown>) => claimReviewImportFormSchema.safeParse(fields);

  it("takes pasted JSON or a .json/.jsonld file", () => {
    expect(form({ json: '{"a":1}' })).toMatchObject({ success: true, data: { body: { a: 1 } } });
    expect(form({ fileName: "feed.JSONLD", fileSize: 7, fileText: "[1]" })).toMatchObject({ success: true, data: { body: [1] } });
  });

  it("says which field is wrong, and why", () => {
    expect(messages(form({}))).toEqual(["json: Paste ClaimReview JSON or choose a file."]);
    expect(messages(form({ json: "[]", fileName: "a.json", fileText: "[]" }))).toEqual([
      "file: Paste JSON or choose a file, not both: clear one of them.",
    ]);
    expect(messages(form({ fileName: "feed.xml", fileText: "<x/>" }))).toEqual(["file: Choose a .json or .jsonld file."]);
    expect(messages(form({ fileName: "big.json", fileSize: 5 * 1024 * 1024 + 1, fileText: "[]" }))).toEqual([
      "file: The file is larger than 5 MB: split it into smaller files.",
    ]);
    expect(messages(form({ json: '{"a": 1,}' }))[0]).toMatch(/^json: The JSON could not be read: .+ \(line 1, column 9\)\.$/);
    expect(messages(form({ json: '{"a":}' }))[0]).toMatch(/^json: The JSON could not be read: .+\.$/);
  });
});

describe("the request body", () => {
  it("fails as a whole only for its outer shape, its size, or nothing importable", () => {
    expect(messages(importClaimReviewsSchema.safeParse(42))).toEqual([
      ": Send a ClaimReview object, an array of them, a schema.org DataFeed or a JSON-LD document with a @graph.",
    ]);
    expect(messages(importClaimReviewsSchema.safeParse([{}, "x"]))).toEqual([
      ": item 1 is not a JSON object: send an array of ClaimReview objects.",
    ]);
    expect(messages(importClaimReviewsSchema.safeParse({ "@type": "DataFeed" }))[0]).toMatch(/^items: No ClaimReview found\./);
  });

  it("lets a 1,000-item import past the input guard that caps other inputs", () => {
    const item = { "@type": "ClaimReview", itemReviewed: { author: { sameAs: Array.from({ length: 60 }, () => "https://example.org/") } } };
    const body = Array.from({ length: 1000 }, () => item);
    expect(inputProblem(body)?.message).toBe("The input holds too many values.");
    expect(inputProblem(body, { maxValues: 250_000 })).toBeNull();
  });
});

describe("the archive list", () => {
  it("reads the page and the search text as a link or form sends them", () => {
    expect(searchReferenceArchiveSchema.parse({})).toEqual({ q: undefined, page: 1 });
    expect(searchReferenceArchiveSchema.parse({ q: "  ", page: "2" })).toEqual({ q: undefined, page: 2 });
    expect(searchReferenceArchiveSchema.safeParse({ page: "0" }).success).toBe(false);
  });
});
