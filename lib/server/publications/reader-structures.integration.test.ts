// The whole way from a structured import to the reader page: claims across paragraphs, inside a
// link, in a table cell and overlapping one another are published and drawn without breaking HTML.
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/lib/testing/actors";
import { reviewInput } from "@/lib/testing/review-input";
import type { Actor } from "@/lib/permissions";
import { importArticle } from "@/lib/server/articles/import-article";
import { addSource } from "@/lib/server/claims/add-source";
import { createClaim } from "@/lib/server/claims/create-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { approveClaim } from "@/lib/server/reviews/approve-claim";
import { seedDatabase } from "@/seeds/seed";
import { publishArticle } from "./publish-article";
import { readerPage } from "./render-public-pages";

const MARKDOWN = `# Reservoir levels

The governor said the Falcon reservoir was **at 12 percent** in March.

Engineers disagreed. They put it at 19 percent, citing [the commission's weekly report](https://example.org/ibwc).

| Reservoir | Level in March |
| --- | --- |
| Falcon | 19 percent |
| Amistad | 27 percent |

- Deliveries resumed in April.
- The treaty cycle ends in October.
`;

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

async function approvedClaim(articleId: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  const claim = await createClaim({ actor: editor, input: { articleId, start, end: start + quote.length } });
  const claimant = await db.claimant.findFirstOrThrow();
  const rating = await db.rating.findFirstOrThrow({ where: { label: "False" } });
  const explanation = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "The weekly report says otherwise." }] }],
  };
  await updateClaim({ actor: editor, input: { claimId: claim.id, version: 1, claimantId: claimant.id, ratingId: rating.id, explanation } });
  await addSource({ actor: editor, input: { claimId: claim.id, version: 2, title: "Weekly report", url: "https://example.org/ibwc" } });
  await submitClaim({ actor: editor, input: { claimId: claim.id, version: 3 } });
  await approveClaim({ actor: reviewer, input: await reviewInput(claim.id) });
  return { id: claim.id, quote };
}

describe("claims in structured articles on the reader page", () => {
  it("draws each claim's words, wherever they sit, and keeps the document well-formed", async () => {
    const { articleId } = await importArticle({ actor: editor, input: { kind: "file", fileName: "reservoirs.md", content: MARKDOWN } });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
    const text = revision.plainText;
    const claims = [
      await approvedClaim(articleId, text, "at 12 percent in March.\n\nEngineers disagreed"),
      await approvedClaim(articleId, text, "the commission's weekly report"),
      await approvedClaim(articleId, text, "Falcon 19 percent"),
      await approvedClaim(articleId, text, "Falcon reservoir was at 12 percent"),
    ];
    await publishArticle({ actor: editor, input: { articleId } });
    const slug = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).slug;
    const page = await readerPage(slug, undefined, "https://desk.example");
    expect(page.status).toBe(200);

    const document = new JSDOM(page.html).window.document;
    const region = document.querySelector('[aria-label="Article text"]')!;
    const squash = (value: string) => value.replace(/\s+/g, "");
    for (const claim of claims) {
      // Every piece of text that carries this claim's description, in order, spells its quote.
      const pieces = [...region.querySelectorAll("mark")].filter((mark) =>
        mark.getAttribute("aria-describedby")!.split(" ").includes(`claim-desc-${claim.id}`),
      );
      expect(squash(pieces.map((mark) => mark.textContent).join("")), claim.quote).toBe(squash(claim.quote));
    }
    // The structure survived: bold text, the table and the list are still there around the marks.
    expect(region.querySelector("strong mark")?.textContent).toBe("at 12 percent");
    expect(region.querySelector("td mark")?.textContent).toBe("Falcon");
    expect(region.querySelectorAll("li")).toHaveLength(2);
    // A claim inside a link is marked without a second link around it.
    const inLink = region.querySelector('a[href="https://example.org/ibwc"] mark');
    expect(inLink?.textContent).toBe("the commission's weekly report");
    expect(region.querySelector("a a, a button")).toBeNull();
    // Overlapping claims: the shared words are marked as an overlap.
    expect(region.querySelector(".claim-mark--overlap")?.textContent).toBe("at 12 percent");
  });
});
