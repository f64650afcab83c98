// An obviously fictional fact-check (Example Daily, example.org), imported, marked, rated, reviewed
// and published through the use-cases, for integration tests of what publishing shows the world.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { importArticle } from "@/lib/server/articles/import-article";
import { addSource } from "@/lib/server/claims/add-source";
import { createClaim } from "@/lib/server/claims/create-claim";
import { submitClaim } from "@/lib/server/claims/submit-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { publishArticle } from "@/lib/server/publications/publish-article";
import { approveClaim } from "@/lib/server/reviews/approve-claim";
import { reviewInput } from "./review-input";

type Fictional = {
  editor: Actor;
  reviewer: Actor;
  title: string;
  text: string;
  /** The words marked as the claim (their first occurrence in `text`). */
  quote: string;
  rating?: string;
  summary?: string;
  language?: string;
};

/** Imports `text`, marks `quote` as a claim rated `rating` (False), has it approved and publishes it. */
export async function publishFictionalArticle({ editor, reviewer, title, text, quote, rating = "False", summary, language }: Fictional) {
  const { articleId } = await importArticle({
    actor: editor,
    input: { kind: "text", text, title, siteName: "Example Daily", language, allowDuplicate: true },
  });
  const plainText = (await db.articleRevision.findFirstOrThrow({ where: { articleId } })).plainText;
  const start = plainText.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the imported text.`);
  const claim = await createClaim({ actor: editor, input: { articleId, start, end: start + quote.length } });
  const claimant = await db.claimant.findFirstOrThrow();
  const ratingId = (await db.rating.findFirstOrThrow({ where: { label: rating } })).id;
  const explanation = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "The council minutes say otherwise." }] }],
  };
  await updateClaim({ actor: editor, input: { claimId: claim.id, version: 1, claimantId: claimant.id, ratingId, summary, explanation } });
  await addSource({
    actor: editor,
    input: { claimId: claim.id, version: 2, title: "Council minutes", url: "https://example.org/minutes" },
  });
  await submitClaim({ actor: editor, input: { claimId: claim.id, version: 3 } });
  await approveClaim({ actor: reviewer, input: await reviewInput(claim.id) });
  await publishArticle({ actor: editor, input: { articleId } });
  const { slug } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return { articleId, slug, claimId: claim.id, plainText };
}
