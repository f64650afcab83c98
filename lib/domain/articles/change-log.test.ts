import { describe, expect, it } from "vitest";
import { diffTexts } from "../anchoring/text-diff";
import {
  buildChangeLog,
  changeSummary,
  type ChangeLog,
  countWords,
  markBreaks,
  MAX_HUNKS,
  MAX_RUN_CHARACTERS,
  omittedLabel,
  skippedLabel,
} from "./change-log";

const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(" ");
const logOf = (oldText: string, newText: string) => buildChangeLog(diffTexts(oldText, newText));

/** The old and the new text as the log accounts for them: collapsed stretches as their length in "·". */
function accountedFor(log: ChangeLog) {
  let before = "";
  let after = "";
  for (const hunk of log.hunks) {
    before += "·".repeat(hunk.skippedBefore);
    after += "·".repeat(hunk.skippedBefore);
    for (const segment of hunk.segments) {
      if (segment.kind !== "added") before += segment.text;
      if (segment.kind !== "removed") after += segment.text;
    }
  }
  return { before: before + "·".repeat(log.skippedAfter), after: after + "·".repeat(log.skippedAfter) };
}

const shownText = (log: ChangeLog) =>
  log.hunks.map((hunk) => hunk.segments.map((s) => (s.kind === "same" ? s.text : `[${s.kind}:${s.text}]`)).join("")).join(" | ");

describe("the change log", () => {
  it("shows a change with twelve words either side and collapses the rest into a count", () => {
    const oldText = `${words(0, 100)} cost 40 million ${words(100, 200)}`;
    const newText = `${words(0, 100)} cost 45 million ${words(100, 200)}`;
    const log = logOf(oldText, newText);
    expect(log.hunks).toHaveLength(1);
    expect(shownText(log)).toBe(`${words(89, 100)} cost [removed:40][added:45] million ${words(100, 111)}`);
    const { before, after } = accountedFor(log);
    expect(before).toHaveLength(oldText.length);
    expect(after).toHaveLength(newText.length);
    expect(log.hunks[0]!.skippedBefore).toBe(oldText.indexOf("w89"));
    expect(log.skippedAfter).toBe(oldText.length - oldText.indexOf("w111") + 1);
    expect(skippedLabel(log.hunks[0]!.skippedBefore)).toMatch(/^… [\d,]+ unchanged characters …$/);
    expect(skippedLabel(1_240)).toBe("… 1,240 unchanged characters …");
  });

  it("keeps nearby changes in one hunk and separates distant ones with the unchanged length between them", () => {
    const oldText = `alpha ${words(0, 5)} beta ${words(5, 80)} gamma`;
    const newText = `ALPHA ${words(0, 5)} BETA ${words(5, 80)} GAMMA`;
    const log = logOf(oldText, newText);
    expect(log.changes).toBe(3);
    expect(log.hunks).toHaveLength(2);
    expect(shownText(log)).toBe(
      `[removed:alpha][added:ALPHA] ${words(0, 5)} [removed:beta][added:BETA] ${words(5, 17)} | ${words(68, 80)} [removed:gamma][added:GAMMA]`,
    );
    const gap = oldText.indexOf("w68") - (oldText.indexOf("w16") + "w16".length);
    expect(log.hunks[1]!.skippedBefore).toBe(gap);
    expect(log.skippedAfter).toBe(0);
    expect(accountedFor(log).before).toHaveLength(oldText.length);
    expect(accountedFor(log).after).toHaveLength(newText.length);
  });

  it("counts words inserted and deleted, not punctuation", () => {
    const log = logOf(
      "The mayor said the bridge cost 40 million euros.",
      "The mayor said on Monday that the new bridge cost 45 million euros!",
    );
    expect(log.wordsInserted).toBe(5); // on Monday that, new, 45
    expect(log.wordsDeleted).toBe(1); // 40
    expect(changeSummary(log)).toBe(`5 words inserted, 1 deleted in ${log.changes} places.`);
    expect(changeSummary(logOf("One two.", "One two three."))).toBe("1 word inserted, 0 deleted in 1 place.");
    expect(changeSummary(logOf("One, two.", "One; two."))).toBe("Only punctuation, spacing or paragraph breaks changed, in 1 place.");
    expect(countWords("— 3,5 ... l’été x-ray")).toBe(3);
  });

  it("says so when nothing changed", () => {
    const log = logOf("Same text.", "Same text.");
    expect(log).toMatchObject({ hunks: [], changes: 0, skippedAfter: 10 });
    expect(changeSummary(log)).toBe("The text is the same in both versions.");
  });

  it("keeps paragraph breaks in the context and makes inserted ones visible", () => {
    const log = logOf("First paragraph ends here. Second one follows.", "First paragraph ends here.\n\nSecond one follows.");
    const inserted = log.hunks[0]!.segments.find((segment) => segment.kind === "added")!;
    expect(inserted.text).toBe("\n\n");
    expect(markBreaks(inserted.text)).toBe("¶\n\n");
    // A paragraph of only a word or two before the change: the context reaches into the one before.
    const context = logOf(`${words(0, 3)}\n\nSame start. old ending.`, `${words(0, 3)}\n\nSame start. new ending.`);
    expect(context.hunks[0]!.segments[0]!.text).toBe(`${words(0, 3)}\n\nSame start. `);
  });

  it("keeps the context within the changed paragraph when it has a few words of its own", () => {
    const oldText = `${words(0, 20)} end.\n\nThe mayor said it cost 40 million.\n\nNext paragraph ${words(20, 40)}`;
    const log = logOf(oldText, oldText.replace("40", "45"));
    expect(shownText(log)).toBe("The mayor said it cost [removed:40][added:45] million.");
    expect(accountedFor(log).before).toHaveLength(oldText.length);
  });

  it("cuts very long insertions and keeps context short when a 'word' is a long unbroken string", () => {
    const long = "x ".repeat(10_000);
    const log = logOf("Start. End.", `Start. ${long}End.`);
    const inserted = log.hunks[0]!.segments.find((segment) => segment.kind === "added")!;
    expect(inserted.text).toHaveLength(MAX_RUN_CHARACTERS);
    expect(inserted.omitted).toBe(long.length - MAX_RUN_CHARACTERS);
    expect(omittedLabel(inserted.omitted, "added")).toBe(" … (18,000 more characters inserted)");
    expect(log.wordsInserted).toBe(10_000);

    const blob = "A".repeat(5_000);
    const context = logOf(`${blob} old`, `${blob} new`);
    expect(context.hunks[0]!.segments[0]!.text.length).toBeLessThanOrEqual(241);
    expect(context.hunks[0]!.skippedBefore).toBeGreaterThan(4_700);
  });

  it("shows at most MAX_HUNKS hunks and counts the changes left out", () => {
    const oldWords = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const newWords = oldWords.map((word, i) => (i % 50 === 0 ? `changed${i}` : word));
    const log = logOf(oldWords.join(" "), newWords.join(" "));
    expect(log.changes).toBe(400);
    expect(log.hunks).toHaveLength(MAX_HUNKS);
    expect(log.omittedChanges).toBe(400 - MAX_HUNKS);
    expect(log.wordsInserted).toBe(400);
  });

  it("builds the log of a 100,000-character text in linear time", () => {
    const oldWords = Array.from({ length: 16_000 }, (_, i) => `w${i}${i % 90 === 89 ? "\n\n" : ""}`);
    const oldText = oldWords.join(" ");
    expect(oldText.length).toBeGreaterThan(100_000);
    const runs = diffTexts(oldText, oldWords.map((word, i) => (i % 400 === 0 ? `${word} inserted here` : word)).join(" "));
    // Many runs of one 100,000-character text, and one huge unchanged run: both well under a second.
    const started = performance.now();
    for (let i = 0; i < 20; i++) buildChangeLog(runs);
    buildChangeLog([
      { kind: "same", text: oldText },
      { kind: "added", text: "x" },
      { kind: "same", text: oldText },
    ]);
    expect((performance.now() - started) / 21).toBeLessThan(50);
    expect(buildChangeLog(runs).wordsInserted).toBe(80);
  });
});
