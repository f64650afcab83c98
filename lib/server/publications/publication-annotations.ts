// Public: one publication of a published fact-check as a W3C Web Annotation collection (JSON-LD),
// for GET /api/v1/fact-checks/{slug}/annotations. Only published fact-checks and their frozen
// snapshots; null when the slug, or the version asked for, is not published.
import { type AnnotationCollection, annotationCollectionOf } from "@/lib/domain/annotations/web-annotation";
import { getPublishedFactCheck } from "./get-published-fact-check";

/** `version`: a version number, or undefined for the latest; `origin`: the site's public origin. */
export async function publicationAnnotations(
  slug: string,
  version: number | undefined,
  origin: string,
): Promise<AnnotationCollection | null> {
  const factCheck = await getPublishedFactCheck(slug, version);
  return factCheck && annotationCollectionOf(factCheck, origin);
}
