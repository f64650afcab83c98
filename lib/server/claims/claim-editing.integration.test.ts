import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import type { Actor } from "@/lib/permissions";
import { seedDatabase } from "@/seeds/seed";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { getClaimTimeline } from "../audit/claim-timeline";
import { updateClaim } from "./update-claim";

const actors: Record<string, Actor> = {};
let articleId: string;
let plainText: string;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  for (const email of ["editor@example.org", "editor2@example.org", "reviewer@example.org"]) {
    actors[email] = await actorFor(email);
  }
  const article = await db.article.findUniqueOrThrow({ where: { slug: SAMPLE_ARTICLE.slug }, include: { currentRevision: true } });
  articleId = article.id;
  plainText = article.currentRevision!.plainText;
});

const editor = () => actors["editor@example.org"]!;
const rangeOf = (quote: string) => ({ start: plainText.indexOf(quote), end: plainText.indexOf(quote) + quote.length });

describe("marking and editing claims", () => {
  it("anchors a new claim on the server from the selected offsets, as a draft with the quote as its text", async () => {
    const claim = await createClaim({ actor: editor(), input: { articleId, ...rangeOf("Trump said American troops are needed") } });
    expect(claim).toMatchObject({
      state: "DRAFT",
      version: 1,
      anchorExact: "Trump said American troops are needed",
      text: "Trump said American troops are needed",
    });
    expect(claim.anchorPrefix).toBe(plainText.slice(claim.anchorStart - 32, claim.anchorStart));
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "create" } })).toBe(1);
  });

  it("refuses empty or out-of-range selections, and reviewers", async () => {
    await expect(createClaim({ actor: editor(), input: { articleId, start: 5, end: 5 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createClaim({ actor: editor(), input: { articleId, start: 0, end: plainText.length + 10 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createClaim({ actor: actors["reviewer@example.org"]!, input: { articleId, start: 0, end: 5 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("saves edits with the version the editor saw and refuses a stale one, saying who changed what", async () => {
    const claim = await createClaim({ actor: editor(), input: { articleId, ...rangeOf("slow the amount of fentanyl") } });
    const saved = await updateClaim({
      actor: actors["editor2@example.org"]!,
      input: { claimId: claim.id, version: 1, text: "Troops are needed to slow fentanyl smuggling.", summary: "Draft" },
    });
    expect(saved.version).toBe(2);
    await expect(updateClaim({ actor: editor(), input: { claimId: claim.id, version: 1, tags: ["fentanyl"] } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Eduardo Editor changed claim, summary while you were editing/),
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).tags).toEqual([]);
  });

  it("answers invalid fields one by one and writes nothing", async () => {
    const claim = await createClaim({ actor: editor(), input: { articleId, ...rangeOf("Speaking to reporters on Air Force One") } });
    await expect(
      updateClaim({ actor: editor(), input: { claimId: claim.id, version: 1, text: "", appearanceUrl: "not a url", checkWorthiness: 9 } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { text: [expect.any(String)], appearanceUrl: ["Enter a full web address."], checkWorthiness: [expect.any(String)] },
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("sends an approved claim back to draft and voids its approvals when its verdict changes", async () => {
    const approved = await db.claim.findFirstOrThrow({ where: { articleId, state: "APPROVED" }, include: { reviews: true } });
    expect(approved.reviews.some((review) => !review.voided)).toBe(true);
    const halfTrue = await db.rating.findFirstOrThrow({ where: { label: "Half true" } });
    const saved = await updateClaim({ actor: editor(), input: { claimId: approved.id, version: approved.version, ratingId: halfTrue.id } });
    expect(saved.state).toBe("DRAFT");
    expect(saved.verdict?.version).toBe(2);
    expect(await db.review.count({ where: { claimId: approved.id, voided: false } })).toBe(0);
  });

  it("keeps a claim in review when only non-evidence fields change", async () => {
    const inReview = await db.claim.findFirstOrThrow({ where: { articleId, state: "IN_REVIEW" } });
    const tagged = await updateClaim({
      actor: editor(),
      input: { claimId: inReview.id, version: inReview.version, tags: ["border"], checkWorthiness: 2 },
    });
    expect(tagged).toMatchObject({ state: "IN_REVIEW", tags: ["border"], checkWorthiness: 2 });
  });

  it("deletes a claim only at the version seen, and audits it", async () => {
    const claim = await createClaim({ actor: editor(), input: { articleId, ...rangeOf("West Palm Beach, Florida") } });
    await expect(deleteClaim({ actor: actors["reviewer@example.org"]!, input: { claimId: claim.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await deleteClaim({ actor: editor(), input: { claimId: claim.id, version: 1 } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).deletedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: claim.id, action: "delete" } })).toBe(1);
    await expect(deleteClaim({ actor: editor(), input: { claimId: claim.id, version: 2 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("tells the whole story in the History: every field before and after, by name", async () => {
    const claim = await createClaim({ actor: editor(), input: { articleId, ...rangeOf("slow the amount of fentanyl") } });
    const claimant = await db.claimant.findFirstOrThrow({ where: { name: "Donald Trump" } });
    const rating = await db.rating.findFirstOrThrow({ where: { label: "Mostly false" } });
    const explanation = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Seizure data say otherwise." }] }] };
    await updateClaim({
      actor: editor(),
      input: { claimId: claim.id, version: 1, claimantId: claimant.id, ratingId: rating.id, explanation, dateSaid: "2025-05-04" },
    });
    const [latest] = await getClaimTimeline({ actor: editor(), claimId: claim.id });
    expect(latest).toMatchObject({ summary: "changed claimant, date said, rating, explanation" });
    expect(latest!.details).toEqual([
      "claimant: (empty) → “Donald Trump”",
      "date said: (empty) → 2025-05-04",
      "rating: (empty) → “Mostly false”",
      "explanation: (empty) → “Seizure data say otherwise.”",
    ]);
    expect(JSON.stringify(latest)).not.toContain(claimant.id);
  });
});
