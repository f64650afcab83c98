// Re-anchoring at scale: 1,000 claims in a 100,000-character article, revised with realistic edits
// (paragraphs inserted, moved and deleted, words changed inside quotes, punctuation and spacing),
// against approx-string-match with Hypothesis' settings (maxErrors = min(256, quote length / 2),
// its quote/context/position scoring) on the same data in the same run. The article is generated
// from a seeded pseudo-random vocabulary, so every run measures the same thing and the true place
// of every quote is known.
import fs from "node:fs";
import path from "node:path";
import search from "approx-string-match";
import { reanchorAll } from "@/lib/domain/anchoring/reanchor";
import { describeRange, type TextAnchor } from "@/lib/domain/anchoring/text-quote";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seeded } from "./bench-corpus";

type Sentence = { id: number; words: string[]; end: "." | "!" };
type Claim = { sentence: number; from: number; to: number };

/**
 * A deterministic article: sentences of 8–16 words drawn from the sample article's own vocabulary
 * (real English letter statistics, as an approximate matcher meets in practice), paragraphs of 3–6.
 */
function generate(rnd: () => number) {
  const sample = fs.readFileSync(path.join(process.cwd(), "seeds", "articles", `${SAMPLE_ARTICLE.file}`), "utf8");
  const vocabulary = [...new Set(sample.match(/[A-Za-z][a-z']+/g) ?? [])];
  const word = () => vocabulary[Math.floor(rnd() * vocabulary.length)]!;
  let id = 0;
  const sentence = (): Sentence => ({ id: id++, words: Array.from({ length: 8 + Math.floor(rnd() * 9) }, word), end: "." });
  const paragraphs: Sentence[][] = [];
  let length = 0;
  while (length < 100_000) {
    const paragraph = Array.from({ length: 3 + Math.floor(rnd() * 4) }, sentence);
    length += paragraph.reduce((sum, s) => sum + s.words.join(" ").length + 2, 0);
    paragraphs.push(paragraph);
  }
  return { paragraphs, sentence, word };
}

/** The text, and where each word of each sentence starts and ends. */
function render(paragraphs: Sentence[][]) {
  const spans = new Map<number, [number, number][]>();
  let text = "";
  for (const [p, paragraph] of paragraphs.entries()) {
    if (p > 0) text += "\n\n";
    for (const [s, sentence] of paragraph.entries()) {
      if (s > 0) text += " ";
      const words: [number, number][] = [];
      for (const [w, token] of sentence.words.entries()) {
        if (w > 0) text += " ";
        words.push([text.length, text.length + token.length]);
        text += token;
      }
      text += sentence.end;
      spans.set(sentence.id, words);
    }
  }
  return { text, spans };
}

export function scenario(seed = 7) {
  const rnd = seeded(seed);
  const { paragraphs, sentence, word } = generate(rnd);
  const all = paragraphs.flat();
  const before = render(paragraphs);
  // 1,000 claims: a stretch of 5–10 words inside distinct sentences.
  const claims: Claim[] = [];
  const chosen = new Set<number>();
  if (all.length < 1_200) throw new Error(`Only ${all.length} sentences: too few for 1,000 claims in distinct sentences.`);
  while (claims.length < 1_000) {
    const target = all[Math.floor(rnd() * all.length)]!;
    if (chosen.has(target.id)) continue;
    chosen.add(target.id);
    const span = 5 + Math.floor(rnd() * 6);
    const from = Math.floor(rnd() * Math.max(1, target.words.length - span));
    claims.push({ sentence: target.id, from, to: Math.min(target.words.length, from + span) });
  }
  const anchors = claims.map((claim) => {
    const words = before.spans.get(claim.sentence)!;
    return describeRange(before.text, words[claim.from]![0], words[claim.to - 1]![1]);
  });
  // The edits a publisher makes.
  const edited = new Set<number>();
  const deleted = new Set<number>();
  const claimOf = new Map(claims.map((claim) => [claim.sentence, claim]));
  const pick = (wanted: (s: Sentence) => boolean) => {
    for (;;) {
      const s = all[Math.floor(rnd() * all.length)]!;
      if (wanted(s) && !edited.has(s.id) && !deleted.has(s.id)) return s;
    }
  };
  for (let i = 0; i < 80; i++) {
    // A word changed inside a quote (a figure corrected, a name respelled).
    const s = pick((x) => claimOf.has(x.id));
    const claim = claimOf.get(s.id)!;
    const at = claim.from + 1 + Math.floor(rnd() * Math.max(1, claim.to - claim.from - 2));
    s.words[at] = word();
    edited.add(s.id);
  }
  for (let i = 0; i < 20; i++) {
    // Punctuation and spacing inside a quote.
    const s = pick((x) => claimOf.has(x.id));
    const claim = claimOf.get(s.id)!;
    s.words[claim.from + 2] = `${s.words[claim.from + 2]},`;
    edited.add(s.id);
  }
  for (let i = 0; i < 40; i++) deleted.add(pick(() => true).id); // sentences deleted (some quoted)
  for (let i = 0; i < 15; i++) paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, Array.from({ length: 4 }, sentence));
  for (let i = 0; i < 10; i++) {
    const [moved] = paragraphs.splice(Math.floor(rnd() * paragraphs.length), 1);
    paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, moved!);
  }
  const revised = paragraphs.map((paragraph) => paragraph.filter((s) => !deleted.has(s.id))).filter((paragraph) => paragraph.length > 0);
  const after = render(revised);
  const truth = claims.map((claim) => {
    const words = after.spans.get(claim.sentence);
    if (!words) return { kind: "deleted" as const, start: -1, end: -1 };
    return {
      kind: edited.has(claim.sentence) ? ("edited" as const) : ("unchanged" as const),
      start: words[claim.from]![0],
      end: words[claim.to - 1]![1],
    };
  });
  return { oldText: before.text, newText: after.text, anchors, truth };
}

/** Hypothesis' match-quote.ts, with approx-string-match: the baseline. */
function hypothesisMatch(text: string, anchor: TextAnchor) {
  const matches = search(text, anchor.exact, Math.min(256, Math.floor(anchor.exact.length / 2)));
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of matches) {
    const quoteScore = 1 - match.errors / anchor.exact.length;
    const prefix = text.slice(Math.max(0, match.start - anchor.prefix.length), match.start);
    const suffix = text.slice(match.end, match.end + anchor.suffix.length);
    const similar = (a: string, b: string) =>
      a.length === 0 ? 1 : 1 - search(a, b, b.length).reduce((min, m) => Math.min(min, m.errors), b.length) / b.length;
    const score =
      (50 * quoteScore +
        20 * similar(prefix, anchor.prefix) +
        20 * similar(suffix, anchor.suffix) +
        2 * (1 - Math.abs(anchor.start - match.start) / text.length)) /
      92;
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(a.end - a.start, b.end - b.start);

export function benchReanchoring() {
  const { oldText, newText, anchors, truth } = scenario();
  // Both warmed up (compiled) on another article first: the run compares steady work, not start-up.
  const warm = scenario(11);
  reanchorAll(warm.oldText, warm.newText, warm.anchors.slice(0, 100));
  warm.anchors.slice(0, 100).forEach((anchor) => hypothesisMatch(warm.newText, anchor));
  let started = performance.now();
  const ours = reanchorAll(oldText, newText, anchors);
  const oursMs = performance.now() - started;
  started = performance.now();
  anchors.forEach((anchor) => hypothesisMatch(newText, anchor));
  const baselineMs = performance.now() - started;
  const counts = { unchanged: 0, unchangedRight: 0, edited: 0, editedMoved: 0, deleted: 0, deletedOrphaned: 0, wrong: 0, orphanedOther: 0 };
  ours.forEach((result, index) => {
    const expected = truth[index]!;
    counts[expected.kind]++;
    if (result.status === "ORPHANED") {
      if (expected.kind === "deleted") counts.deletedOrphaned++;
      else counts.orphanedOther++;
      return;
    }
    const right = expected.kind !== "deleted" && overlap(result.anchor, expected) >= 0.9;
    if (!right) counts.wrong++;
    else if (expected.kind === "unchanged" && result.status === "ANCHORED" && result.anchor.start === expected.start)
      counts.unchangedRight++;
    else if (expected.kind === "edited" && result.status === "MOVED") counts.editedMoved++;
  });
  return { characters: newText.length, claims: anchors.length, oursMs, baselineMs, ratio: baselineMs / oursMs, counts };
}

if (process.argv[1]?.endsWith("reanchor-bench.ts")) console.log(benchReanchoring());
