import { describe, expect, it } from "vitest";
import { handleOf, mentionedIds } from "./mentions";

const people = [
  { id: "rita", email: "reviewer@example.org" },
  { id: "ravi", email: "reviewer2@example.org" },
  { id: "jane", email: "Jane.Doe@news.example" },
];

describe("mentions", () => {
  it("finds each mentioned person once, whatever the case and trailing punctuation", () => {
    expect(mentionedIds("@Reviewer2 please check. Also @jane.doe. and again @reviewer2!", people)).toEqual(["ravi", "jane"]);
  });
  it("ignores email addresses, unknown handles and handles that only start alike", () => {
    expect(mentionedIds("Write to reviewer@example.org or @nobody; @reviewer22 is someone else", people)).toEqual([]);
  });
  it("uses the part of the email before the @ as the handle", () => {
    expect(handleOf("Jane.Doe@news.example")).toBe("jane.doe");
  });
});
