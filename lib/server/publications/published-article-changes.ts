// What changed in the live article since a publication froze it: the reader page's notice and the
// public change log. Only the texts and their dates are public; who imported a revision is not.
import { db } from "@/lib/db";
import { buildChangeLog } from "@/lib/domain/articles/change-log";
import { diffRevisionTexts } from "@/lib/domain/articles/revision-diff";
import type { PublicChangeLog } from "@/lib/domain/reader/render-change-log-page";
import type { ArticleChangeNotice } from "@/lib/domain/reader/render-reader-page";
import type { PublicationSnapshot } from "@/lib/schemas/publication";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { getPublishedFactCheck } from "./get-published-fact-check";

/** The article revision a publication froze (1 in publications made before revisions could change). */
const publishedRevision = (snapshot: PublicationSnapshot) => snapshot.article.revision ?? 1;

async function liveArticle(slug: string, published: number) {
  return db.article.findUnique({
    where: { slug },
    select: {
      currentRevision: { select: { number: true, createdAt: true, plainText: true } },
      revisions: { where: { number: published }, select: { createdAt: true } },
    },
  });
}

/** The notice for a publication whose article has a newer revision with another text; null otherwise. */
export async function articleChangeSince(slug: string, snapshot: PublicationSnapshot): Promise<ArticleChangeNotice | null> {
  const published = publishedRevision(snapshot);
  const current = (await liveArticle(slug, published))?.currentRevision;
  if (!current || current.number <= published || current.plainText === snapshot.article.plainText) return null;
  return { changedAt: current.createdAt, revisions: current.number - published };
}

/** The public change log of a fact-check: its latest version unless one is asked for; null when not published. */
export async function getPublishedChanges(slug: string, version?: number): Promise<PublicChangeLog | null> {
  const factCheck = await getPublishedFactCheck(slug, version);
  if (!factCheck) return null;
  const published = publishedRevision(factCheck.snapshot);
  const [article, profile] = await Promise.all([liveArticle(slug, published), getPublisherProfile()]);
  const current = article?.currentRevision;
  if (!current) return null;
  // A revision older than the publication's cannot be current; if it ever were, nothing is shown as changed.
  const diff = diffRevisionTexts(
    factCheck.snapshot.article.plainText,
    current.number > published ? current.plainText : factCheck.snapshot.article.plainText,
  );
  return {
    slug,
    version: factCheck.version,
    latestVersion: factCheck.latestVersion,
    title: factCheck.snapshot.article.title,
    publisherName: profile.name,
    publishedAt: factCheck.publishedAt,
    from: { revision: published, date: article.revisions[0]?.createdAt ?? null },
    to: { revision: current.number, date: current.createdAt },
    precision: diff.precision,
    log: buildChangeLog(diff.runs),
  };
}
