// The Web Annotation export against a real Postgres: the sample's published claims anchored in the
// text that was published, and nothing for what is not published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/domain/annotations/web-annotation";
import type { Actor } from "@/lib/permissions";
import { publicationSnapshotSchema } from "@/lib/schemas/publication";
import { actorFor } from "@/lib/testing/actors";
import { publishFictionalArticle } from "@/lib/testing/publish-fictional-article";
import { SAMPLE_ARTICLE } from "@/seeds/sample-fact-check-data";
import { seedDatabase } from "@/seeds/seed";
import { publicationAnnotations } from "./publication-annotations";
import { unpublishArticle } from "./unpublish-article";

const ORIGIN = "https://annotations.example.org";
let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  await seedDatabase({ demo: true });
  editor = await actorFor("editor@example.org");
  reviewer = await actorFor("reviewer@example.org");
});

describe("publicationAnnotations", () => {
  it("anchors every published claim of the sample in the published text, by quote and by position", async () => {
    const collection = await publicationAnnotations(SAMPLE_ARTICLE.slug, undefined, ORIGIN);
    expect(collection).not.toBeNull();
    const publication = await db.publication.findFirstOrThrow({ where: { slug: SAMPLE_ARTICLE.slug }, orderBy: { version: "desc" } });
    const snapshot = publicationSnapshotSchema.parse(publication.snapshot);
    const characters = [...snapshot.article.plainText];
    expect(collection!.id).toBe(`${ORIGIN}/api/v1/fact-checks/${SAMPLE_ARTICLE.slug}/annotations?version=${publication.version}`);
    expect(collection!.total).toBe(snapshot.claims.length);
    expect(collection!.first.items).toHaveLength(4);

    for (const [index, annotation] of collection!.first.items.entries()) {
      const claim = snapshot.claims[index]!;
      expect(annotation.motivation).toBe("assessing");
      expect(annotation.body[0]).toEqual({ type: "TextualBody", purpose: "assessing", value: claim.rating.label, format: "text/plain" });
      expect(annotation.body.at(-1)).toEqual({
        id: `${ORIGIN}/f/${SAMPLE_ARTICLE.slug}#claim-${claim.id}`,
        type: "Text",
        format: "text/html",
      });
      // The article's own address, or (the sample was pasted in) the reader page that shows its text.
      expect(annotation.target.source).toBe(snapshot.article.sourceUrl ?? `${ORIGIN}/f/${SAMPLE_ARTICLE.slug}`);
      const [quote, position] = annotation.target.selector as [TextQuoteSelector, TextPositionSelector];
      // The frozen anchor indexes the published text, and the selectors say the same words.
      expect(snapshot.article.plainText.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact);
      expect(quote.exact).toBe(claim.anchor.exact);
      expect(characters.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(characters.slice(0, position.start).join("").endsWith(quote.prefix)).toBe(true);
      expect(characters.slice(position.end).join("").startsWith(quote.suffix)).toBe(true);
    }
  });

  it("answers null for an unknown slug, a version that does not exist and a withdrawn fact-check", async () => {
    expect(await publicationAnnotations("no-such-fact-check", undefined, ORIGIN)).toBeNull();
    expect(await publicationAnnotations(SAMPLE_ARTICLE.slug, 99, ORIGIN)).toBeNull();
    const fictional = await publishFictionalArticle({
      editor,
      reviewer,
      title: "Example Daily: ferry timetable",
      text: "Example Daily said the ferry now leaves every ten minutes. The timetable says every twenty.",
      quote: "the ferry now leaves every ten minutes",
    });
    const published = await publicationAnnotations(fictional.slug, 1, ORIGIN);
    expect(published!.first.items[0]!.target.selector[0].exact).toBe("the ferry now leaves every ten minutes");
    await unpublishArticle({ actor: editor, input: { articleId: fictional.articleId } });
    expect(await publicationAnnotations(fictional.slug, undefined, ORIGIN)).toBeNull();
    expect(await publicationAnnotations(fictional.slug, 1, ORIGIN)).toBeNull();
  });
});
