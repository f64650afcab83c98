// The archive list of the admin page: newest first, a page at a time, filtered by the claim's text
// through the trigram index.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { seedDatabase } from "@/seeds/seed";
import { importClaimReviews } from "./import-claim-reviews";
import { REFERENCE_PAGE_SIZE, searchReferenceArchive } from "./search-reference-archive";

let admin: Actor;
let reviewer: Actor;
const DAYS = 45;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  admin = await actorFor("admin@example.org");
  reviewer = await actorFor("reviewer@example.org");
  const items = Array.from({ length: DAYS }, (_, day) => ({
    "@type": "ClaimReview",
    url: `https://factdesk.example.org/checks/day-${day}`,
    claimReviewed: day % 10 === 0 ? `The Harbour Tunnel opened on day ${day}.` : `Bus fares changed on day ${day}.`,
    datePublished: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10),
    author: { "@type": "Organization", name: "Example Fact Desk" },
    reviewRating: { "@type": "Rating", alternateName: "False" },
  }));
  const undated = {
    ...items[0],
    url: "https://factdesk.example.org/checks/undated",
    claimReviewed: "An undated harbour tunnel claim.",
    datePublished: undefined,
  };
  await importClaimReviews({ actor: admin, input: [...items, undated] });
});

const search = (input: unknown, actor: Actor | null = admin) => searchReferenceArchive({ actor, input });

describe("the archive list", () => {
  it("lists newest first, undated last, a page at a time", async () => {
    const first = await search({});
    expect(first).toMatchObject({ total: DAYS + 1, page: 1, pages: 3, pageSize: REFERENCE_PAGE_SIZE });
    expect(first.entries).toHaveLength(REFERENCE_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({
      claimReviewed: `Bus fares changed on day ${DAYS - 1}.`,
      publisherName: "Example Fact Desk",
      ratingText: "False",
    });
    const last = await search({ page: "3" });
    expect(last.entries.map((entry) => entry.claimReviewed).at(-1)).toBe("An undated harbour tunnel claim.");
    expect((await search({ page: 9 })).entries).toEqual([]);
  });

  it("filters by the claim's text, whatever its case", async () => {
    const found = await search({ q: "  harbour TUNNEL " });
    expect(found.q).toBe("harbour TUNNEL");
    expect(found.entries.map((entry) => entry.claimReviewed)).toEqual([
      "The Harbour Tunnel opened on day 40.",
      "The Harbour Tunnel opened on day 30.",
      "The Harbour Tunnel opened on day 20.",
      "The Harbour Tunnel opened on day 10.",
      "The Harbour Tunnel opened on day 0.",
      "An undated harbour tunnel claim.",
    ]);
    expect((await search({ q: "no such words" })).total).toBe(0);
  });

  it("can use the trigram index for that filter", async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "ReferenceClaimReview" WHERE "claimReviewed" ILIKE '%harbour tunnel%'`,
      );
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("ReferenceClaimReview_claimReviewed_trgm");
  });

  it("is open to everyone who may search, and refuses odd pages", async () => {
    expect((await search({ q: "harbour" }, reviewer)).total).toBe(6);
    await expect(search({}, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const page of ["0", "x", -1, 1.5]) await expect(search({ page }), String(page)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
