// Re-anchoring on text fixtures, without a DOM (as Hypothesis' anchoring tests do). Fictional text.
import { describe, expect, it } from "vitest";
import { MOVED_SIMILARITY, quoteSimilarity, reanchor, reanchorAll } from "./reanchor";
import { diffTexts } from "./text-diff";
import { describeRange, type TextAnchor } from "./text-quote";

const P1 = "The council met on Monday to discuss the harbour tunnel.";
const P2 = "The mayor said the tunnel will cost 40 million euros, less than the 55 million the opposition claims.";
const P3 = "Traffic on the bridge fell by 12 percent last year, according to the transport office.";
const P4 = "Residents asked for a public audit before any vote.";
const OLD = [P1, P2, P3, P4].join("\n\n");

const quote = (text: string, exact: string, nth = 0): TextAnchor => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`fixture: "${exact}" not found`);
  return describeRange(text, at, at + exact.length);
};
const CLAIMS = {
  cost: quote(OLD, "the tunnel will cost 40 million euros"),
  traffic: quote(OLD, "Traffic on the bridge fell by 12 percent last year"),
  audit: quote(OLD, "Residents asked for a public audit"),
};
const at = (text: string, result: ReturnType<typeof reanchorAll>[number]) =>
  result.status === "ORPHANED" ? null : text.slice(result.anchor.start, result.anchor.end);

describe("re-anchoring claims in a new revision", () => {
  it("keeps every unchanged quote anchored at its place", () => {
    const results = reanchorAll(OLD, OLD, Object.values(CLAIMS));
    expect(results.map((result) => result.status)).toEqual(["ANCHORED", "ANCHORED", "ANCHORED"]);
    expect(results.map((result) => result.status !== "ORPHANED" && result.anchor.start)).toEqual(Object.values(CLAIMS).map((c) => c.start));
  });

  it("follows quotes when a paragraph is inserted before them", () => {
    const next = [P1, "Update: the vote was postponed to Friday.", P2, P3, P4].join("\n\n");
    const results = reanchorAll(OLD, next, Object.values(CLAIMS));
    expect(results.map((result) => result.status)).toEqual(["ANCHORED", "ANCHORED", "ANCHORED"]);
    expect(results.map((result) => at(next, result))).toEqual(Object.values(CLAIMS).map((c) => c.exact));
  });

  it("marks a quote with a word changed inside it as Moved, keeping the new words and a similarity", () => {
    const next = OLD.replace("40 million euros", "42 million euros");
    const [cost] = reanchorAll(OLD, next, [CLAIMS.cost]);
    expect(cost).toMatchObject({ status: "MOVED", anchor: { exact: "the tunnel will cost 42 million euros" } });
    expect(cost?.status === "MOVED" && cost.similarity).toBeGreaterThan(0.9);
  });

  it("survives punctuation and white-space changes as Moved to the same words", () => {
    const next = OLD.replace("fell by 12 percent last year,", "fell by 12 percent  last year —").replace("public audit", "public  audit");
    const [traffic, audit] = reanchorAll(OLD, next, [CLAIMS.traffic, CLAIMS.audit]);
    expect(traffic).toMatchObject({ status: "MOVED", anchor: { exact: "Traffic on the bridge fell by 12 percent  last year" } });
    expect(audit).toMatchObject({ status: "MOVED", anchor: { exact: "Residents asked for a public  audit" } });
  });

  it("orphans the claim whose sentence was deleted, and attaches it nowhere else", () => {
    const next = [P1, P2, P4].join("\n\n");
    const [traffic, audit] = reanchorAll(OLD, next, [CLAIMS.traffic, CLAIMS.audit]);
    expect(traffic).toMatchObject({ status: "ORPHANED" });
    expect(audit).toMatchObject({ status: "ANCHORED" });
  });

  it("lets prefix and suffix choose between repeats, and orphans a quote repeated in the same context", () => {
    const repeated = `${OLD}\n\nIn other news, the tunnel will cost 40 million euros to maintain, officials said.`;
    const claim = quote(repeated, "the tunnel will cost 40 million euros");
    const next = `Breaking.\n\n${repeated}`;
    expect(reanchorAll(repeated, next, [claim])[0]).toMatchObject({
      status: "ANCHORED",
      anchor: { start: claim.start + "Breaking.\n\n".length },
    });
    // The quote's own place is gone and two copies stand in identical surroundings: nobody can tell.
    const twin = `Summary.\n\n${P2}\n\nDetails.\n\n${P2}`;
    const [ambiguous] = reanchorAll(
      `${P1}\n\n${P2}`,
      twin,
      [quote(`${P1}\n\n${P2}`, "the tunnel will cost 40 million euros")],
      [
        { kind: "removed", text: `${P1}\n\n${P2}` },
        { kind: "added", text: twin },
      ],
    );
    expect(ambiguous).toMatchObject({ status: "ORPHANED", candidates: [expect.anything(), expect.anything()] });
  });

  it("finds quotes in paragraphs that were reordered", () => {
    const next = [P4, P3, P1, P2].join("\n\n");
    const results = reanchorAll(OLD, next, Object.values(CLAIMS));
    expect(results.map((result) => result.status)).toEqual(["ANCHORED", "ANCHORED", "ANCHORED"]);
    expect(results.map((result) => at(next, result))).toEqual(Object.values(CLAIMS).map((c) => c.exact));
  });

  it("follows a short quote whose one long word was replaced, by the words it kept", () => {
    const short = quote(OLD, "for a public audit");
    const next = OLD.replace("public audit", "public inquiry");
    const [result] = reanchorAll(OLD, next, [short]);
    expect(result).toMatchObject({ status: "MOVED", anchor: { exact: "for a public inquiry" } });
  });

  it("widens an approximate match to whole words, never starting inside one", () => {
    const before = "Officials said on Friday that they sent troops to Sunday back told action along the river, as planned.";
    const after = "Officials said on Friday that they sent troops to Northern back told action along the river, as planned.";
    const claim = quote(before, "to Sunday back told action along");
    // Searched for (no diff to carry it): the cheapest alignment starts inside "Northern".
    const result = reanchor(after, claim, 0);
    expect(result).toMatchObject({ status: "MOVED", anchor: { exact: "to Northern back told action along" } });
    expect(quoteSimilarity("The mayor said", "The deputy mayor insisted")).toBeLessThan(MOVED_SIMILARITY);
  });

  it("treats a wholly rewritten text as replaced instead of diffing it word by word without end", () => {
    const before = Array.from({ length: 12_000 }, (_, i) => `w${(i * 7919) % 5003}`).join(" ");
    const after = Array.from({ length: 12_000 }, (_, i) => `v${(i * 104729) % 4001}`).join(" ");
    expect(diffTexts(before, after).map((run) => run.kind)).toEqual(["removed", "added"]);
  });

  it("orphans a quote rewritten beyond recognition, offering the closest places as candidates", () => {
    const next = OLD.replace("the tunnel will cost 40 million euros", "costs are still unclear");
    const [cost] = reanchorAll(OLD, next, [CLAIMS.cost]);
    expect(cost).toMatchObject({ status: "ORPHANED" });
  });
});
