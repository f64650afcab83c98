// The public feeds against a real Postgres: the seeded sample, a fictional fact-check with a
// hostile title published and withdrawn through the use-cases, and nothing that is not published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClaimReviewFeed } from "@/lib/domain/feeds/claim-review-feed";
import type { Actor } from "@/lib/permissions";
import { actorFor } from "@/lib/testing/actors";
import { GOOGLE_RECOMMENDED, GOOGLE_REQUIRED, missingProperties } from "@/lib/testing/google-claim-review";
import { childTexts, parseXml } from "@/lib/testing/parse-xml";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";
import { publishArticle } from "./publish-article";
import { atomFeedPage, claimReviewFeedPage } from "./render-feeds";
import { unpublishArticle } from "./unpublish-article";

const ORIGIN = "https://feeds.example.org";
const ATOM = "http://www.w3.org/2005/Atom";
const HOSTILE_TITLE = `Example Daily: "Rates" & <Taxes> — it's 'fine'? Налоги 税金 ضرائب`;
const TEXT =
  "Example Daily reported that the council doubled the harbour tax in March. The council's minutes record a rise of four percent.";

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

const claimReviews = async () => JSON.parse((await claimReviewFeedPage(ORIGIN)).html) as ClaimReviewFeed;
const atomEntries = async () => {
  const page = await atomFeedPage(ORIGIN);
  expect(page.contentType).toBe("application/atom+xml; charset=utf-8");
  return [...parseXml(page.html).getElementsByTagNameNS(ATOM, "entry")];
};

describe("the feeds", () => {
  it("carry the published sample: every ClaimReview with Google's properties, one Atom entry with its ratings", async () => {
    const page = await claimReviewFeedPage(ORIGIN);
    expect(page.contentType).toBe("application/ld+json; charset=utf-8");
    const feed = JSON.parse(page.html) as ClaimReviewFeed;
    expect(feed["@type"]).toBe("DataFeed");
    expect(Date.parse(String(feed.dateModified))).not.toBeNaN();
    // The sample has four approved claims; the one in review and the draft are not published.
    expect(feed.dataFeedElement).toHaveLength(4);
    for (const review of feed.dataFeedElement) {
      expect(missingProperties(review, [...GOOGLE_REQUIRED, ...GOOGLE_RECOMMENDED])).toEqual([]);
      expect(String(review.url)).toMatch(new RegExp(`^${ORIGIN}/f/${SAMPLE_ARTICLE.slug}#claim-`));
    }
    expect(feed.dataFeedElement.map((review) => review.reviewRating)).toContainEqual(
      expect.objectContaining({ alternateName: "Unverifiable" }),
    );

    const [entry, ...others] = await atomEntries();
    expect(others).toEqual([]);
    expect(childTexts(entry!, "title")).toEqual([`Fact-check: ${SAMPLE_ARTICLE.title}`]);
    expect(childTexts(entry!, "id")).toEqual([`${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`]);
    const summary = childTexts(entry!, "summary")[0]!;
    expect(summary).toMatch(/^4 claims checked/);
    expect(summary).toContain("True: ");
    expect(summary).toContain("Unverifiable: ");
  });

  it("add a newly published fact-check at once, escaping its hostile title, and drop it when it is withdrawn", async () => {
    const before = await claimReviews();
    const fictional = await publishFictionalArticle({
      editor,
      reviewer,
      title: HOSTILE_TITLE,
      text: TEXT,
      quote: "the council doubled the harbour tax in March",
      summary: `Four percent, not "double" <per the minutes>.`,
    });

    // Published: first in both feeds (newest first), its title intact after XML parsing.
    const entries = await atomEntries();
    expect(entries.map((entry) => childTexts(entry, "id")[0])).toEqual([
      `${ORIGIN}/f/${fictional.slug}`,
      `${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`,
    ]);
    expect(childTexts(entries[0]!, "title")).toEqual([`Fact-check: ${HOSTILE_TITLE}`]);
    expect(childTexts(entries[0]!, "summary")[0]).toContain(
      `False: the council doubled the harbour tax in March — Four percent, not "double" <per the minutes>.`,
    );
    const feed = await claimReviews();
    expect(feed.dataFeedElement).toHaveLength(5);
    expect(feed.dataFeedElement[0]).toMatchObject({
      url: `${ORIGIN}/f/${fictional.slug}#claim-${fictional.claimId}`,
      claimReviewed: "the council doubled the harbour tax in March",
      reviewRating: { alternateName: "False", ratingExplanation: `Four percent, not "double" <per the minutes>.` },
    });
    expect(Date.parse(String(feed.dateModified))).toBeGreaterThanOrEqual(Date.parse(String(before.dateModified)));

    // Withdrawn: gone from both feeds, and the feed says it changed.
    await unpublishArticle({ actor: editor, input: { articleId: fictional.articleId } });
    const after = await claimReviews();
    expect(after.dataFeedElement.map((review) => review.url)).not.toContainEqual(expect.stringContaining(fictional.slug));
    expect(after.dataFeedElement).toHaveLength(4);
    expect(Date.parse(String(after.dateModified))).toBeGreaterThan(Date.parse(String(feed.dateModified)));
    expect((await atomEntries()).map((entry) => childTexts(entry, "id")[0])).toEqual([`${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`]);

    // Published again: back, as the same fact-check.
    await publishArticle({ actor: editor, input: { articleId: fictional.articleId } });
    expect(await atomEntries()).toHaveLength(2);
  });

  it("never show live drafts: an edit after publication stays out until it is published", async () => {
    const fictional = await publishFictionalArticle({
      editor,
      reviewer,
      title: "Example Daily: ferry timetable",
      text: "Example Daily said the ferry now leaves every ten minutes. The timetable says every twenty.",
      quote: "the ferry now leaves every ten minutes",
    });
    await db.claim.update({ where: { id: fictional.claimId }, data: { text: "An unpublished rewording" } });
    const feed = await claimReviews();
    expect(feed.dataFeedElement.map((review) => review.claimReviewed)).toContain("the ferry now leaves every ten minutes");
    expect(JSON.stringify(feed)).not.toContain("An unpublished rewording");
    expect((await atomFeedPage(ORIGIN)).html).not.toContain("An unpublished rewording");
  });
});
