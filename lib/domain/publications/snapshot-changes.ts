// What a new publication would change compared with everything published before. Every public
// field of a claim counts (text, claimant, date said, appearance, marked text, rating, summary,
// explanation, sources). A claim is compared with the last version of it that readers saw — even
// if it was withdrawn in between — so a change to a published claim or its withdrawal is always a
// correction and needs a public note; a claim never published before is an addition; nothing
// changed means no new version.
import type { PublicationSnapshot, SnapshotClaim } from "../../schemas/publication";

export type PublishedVersion = { snapshot: PublicationSnapshot; publishedAt: Date };
export type ClaimCorrection = { claimId: string; claim: string; fields: string[]; withdrawn: boolean };
export type PublicationChanges = {
  corrections: ClaimCorrection[];
  added: string[];
  /** The article's own title or text differs from the last published one. */
  articleChanged: boolean;
  unchanged: boolean;
};

/** The fields readers see, each as comparable text. Rating colour and icon are presentation. */
function publicFields(claim: SnapshotClaim): Record<string, string> {
  return {
    claim: claim.text,
    claimant: JSON.stringify(
      claim.claimant && [claim.claimant.name, claim.claimant.title, claim.claimant.sameAs, claim.claimant.isOrganization],
    ),
    "date said": claim.dateSaid ?? "",
    "appearance URL": claim.appearanceUrl ?? "",
    "marked text": claim.anchor.exact,
    rating: JSON.stringify([claim.rating.label, claim.rating.value]),
    summary: claim.summary,
    explanation: JSON.stringify(claim.explanation),
    sources: JSON.stringify(claim.sources.map((s) => [s.url, s.title, s.publisher, s.quote, s.accessedAt, s.archiveUrl, s.kind])),
  };
}

/** The public fields (by label) that differ between two versions of one claim. */
export function changedPublicFields(before: SnapshotClaim, after: SnapshotClaim): string[] {
  const a = publicFields(before);
  const b = publicFields(after);
  return Object.keys(a).filter((field) => a[field] !== b[field]);
}

type PublishedClaim = { claim: SnapshotClaim; firstPublishedAt: string; modifiedAt: string };

/** Each claim as readers last saw it, with when it was first published and last changed, from every version (oldest first). */
export function publishedClaims(history: readonly PublishedVersion[]): Map<string, PublishedClaim> {
  const seen = new Map<string, PublishedClaim>();
  for (const { snapshot, publishedAt } of history) {
    const at = publishedAt.toISOString();
    for (const claim of snapshot.claims) {
      const before = seen.get(claim.id);
      const changed = !before || changedPublicFields(before.claim, claim).length > 0;
      seen.set(claim.id, {
        claim,
        firstPublishedAt: before?.firstPublishedAt ?? claim.firstPublishedAt ?? at,
        modifiedAt: changed ? (claim.modifiedAt ?? at) : before.modifiedAt,
      });
    }
  }
  return seen;
}

export function comparePublications(history: readonly PublishedVersion[], next: PublicationSnapshot): PublicationChanges {
  const published = publishedClaims(history);
  const last = history.at(-1)?.snapshot;
  const nextIds = new Set(next.claims.map((claim) => claim.id));
  const corrections: ClaimCorrection[] = [];
  for (const claim of next.claims) {
    const before = published.get(claim.id);
    const fields = before ? changedPublicFields(before.claim, claim) : [];
    if (fields.length > 0) corrections.push({ claimId: claim.id, claim: before!.claim.text, fields, withdrawn: false });
  }
  for (const claim of last?.claims ?? []) {
    if (!nextIds.has(claim.id)) corrections.push({ claimId: claim.id, claim: claim.text, fields: [], withdrawn: true });
  }
  const added = next.claims.filter((claim) => !published.has(claim.id)).map((claim) => claim.id);
  const articleChanged = !!last && (last.article.title !== next.article.title || last.article.plainText !== next.article.plainText);
  return { corrections, added, articleChanged, unchanged: corrections.length === 0 && added.length === 0 && !articleChanged };
}

/**
 * Each claim's own dates (ClaimReview datePublished/dateModified): the first publication it was
 * in, and the last publication that changed it — `now` when it is new or changed.
 */
export function stampClaimDates(history: readonly PublishedVersion[], next: PublicationSnapshot, now: Date): PublicationSnapshot {
  const published = publishedClaims(history);
  const at = now.toISOString();
  return {
    ...next,
    claims: next.claims.map((claim) => {
      const before = published.get(claim.id);
      if (!before) return { ...claim, firstPublishedAt: at, modifiedAt: at };
      const unchanged = changedPublicFields(before.claim, claim).length === 0;
      return { ...claim, firstPublishedAt: before.firstPublishedAt, modifiedAt: unchanged ? before.modifiedAt : at };
    }),
  };
}
