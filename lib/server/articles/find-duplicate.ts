import { db } from "@/lib/db";

/** An article already on the desk with the same canonical text or the same address. */
export async function findDuplicate(contentHash: string | null, sourceUrl: string | null) {
  const matches = [...(contentHash ? [{ contentHash }] : []), ...(sourceUrl ? [{ sourceUrl }] : [])];
  if (matches.length === 0) return null;
  return db.articleRevision.findFirst({
    where: { OR: matches },
    select: { article: { select: { id: true, title: true } } },
  });
}
