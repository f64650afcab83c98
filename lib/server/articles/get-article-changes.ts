// "What changed": an article's revisions, and what changed between two of them (by default the one
// before the current revision and the current one), as hunks of inserted and deleted words.
import { db } from "@/lib/db";
import { buildChangeLog } from "@/lib/domain/articles/change-log";
import { diffRevisionTexts } from "@/lib/domain/articles/revision-diff";
import { AppError } from "@/lib/errors";
import { articleChangesSchema } from "@/lib/schemas/article-changes";
import { defineUseCase } from "../use-case";

type Asked = { from?: number; to?: number };

/**
 * The two revisions to compare, older first (a pair asked for the other way round is swapped), or
 * null when the article has only one. A number the article does not have is refused on its field.
 */
function chooseRevisions(numbers: number[], current: number, asked: Asked): { from: number; to: number } | null {
  if (numbers.length < 2) return null;
  const missing = (["from", "to"] as const).filter((field) => asked[field] !== undefined && !numbers.includes(asked[field]!));
  if (missing.length > 0) {
    const message = (n: number) => `There is no revision ${n}: this article has revisions ${numbers[0]} to ${numbers.at(-1)}.`;
    throw new AppError(
      "INVALID_INPUT",
      "Choose two revisions the article has.",
      Object.fromEntries(missing.map((field) => [field, [message(asked[field]!)]])),
    );
  }
  const to = asked.to ?? current;
  const from = asked.from ?? numbers.findLast((n) => n < to) ?? numbers.find((n) => n > to)!;
  if (from === to)
    throw new AppError("INVALID_INPUT", "Choose two different revisions.", { to: ["Choose two different revisions to compare."] });
  return from < to ? { from, to } : { from: to, to: from };
}

export const getArticleChanges = defineUseCase(
  { permission: "article.read", schema: articleChangesSchema, invalid: "Choose two revisions of the article to compare." },
  async ({ input }) => {
    const article = await db.article.findUnique({
      where: { id: input.articleId },
      select: {
        id: true,
        title: true,
        slug: true,
        currentRevision: { select: { number: true } },
        revisions: {
          orderBy: { number: "asc" },
          select: {
            number: true,
            title: true,
            createdAt: true,
            format: true,
            sourceUrl: true,
            importedBy: { select: { name: true } },
          },
        },
      },
    });
    if (!article?.currentRevision) throw new AppError("NOT_FOUND", "Article not found.");
    const revisions = article.revisions.map(({ importedBy, ...revision }) => ({ ...revision, importedBy: importedBy.name }));
    const summary = { id: article.id, title: article.title, slug: article.slug, currentRevision: article.currentRevision.number };
    const pair = chooseRevisions(
      revisions.map((revision) => revision.number),
      article.currentRevision.number,
      input,
    );
    if (!pair) return { article: summary, revisions, comparison: null };

    const texts = await db.articleRevision.findMany({
      where: { articleId: article.id, number: { in: [pair.from, pair.to] } },
      select: { number: true, plainText: true },
    });
    const textOf = (n: number) => texts.find((revision) => revision.number === n)!.plainText;
    const diff = diffRevisionTexts(textOf(pair.from), textOf(pair.to));
    const revisionOf = (n: number) => revisions.find((revision) => revision.number === n)!;
    return {
      article: summary,
      revisions,
      comparison: { from: revisionOf(pair.from), to: revisionOf(pair.to), precision: diff.precision, log: buildChangeLog(diff.runs) },
    };
  },
);

export type ArticleChanges = Awaited<ReturnType<typeof getArticleChanges>>;
