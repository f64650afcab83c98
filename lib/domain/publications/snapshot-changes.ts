// What a new publication would change compared with the last one. Every public field of a claim
// counts (text, claimant, date said, appearance, rating, summary, explanation, sources): a change
// to a published claim or its withdrawal is a correction and needs a public note; a claim
// published for the first time is an addition; nothing changed means no new version.
import type { PublicationSnapshot, SnapshotClaim } from "../../schemas/publication";

export type ClaimCorrection = { claimId: string; claim: string; fields: string[]; withdrawn: boolean };
export type PublicationChanges = {
  corrections: ClaimCorrection[];
  added: string[];
  /** The article's own title or text differs from the published one. */
  articleChanged: boolean;
  unchanged: boolean;
};

/** The fields readers see, each as comparable text. Rating colour and icon are presentation. */
function publicFields(claim: SnapshotClaim): Record<string, string> {
  return {
    claim: claim.text,
    claimant: JSON.stringify(claim.claimant && [claim.claimant.name, claim.claimant.title, claim.claimant.sameAs, claim.claimant.isOrganization]),
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

export function comparePublications(previous: PublicationSnapshot, next: PublicationSnapshot): PublicationChanges {
  const nextById = new Map(next.claims.map((claim) => [claim.id, claim]));
  const previousIds = new Set(previous.claims.map((claim) => claim.id));
  const corrections: ClaimCorrection[] = [];
  for (const before of previous.claims) {
    const after = nextById.get(before.id);
    const fields = after ? changedPublicFields(before, after) : [];
    if (!after || fields.length > 0) corrections.push({ claimId: before.id, claim: before.text, fields, withdrawn: !after });
  }
  const added = next.claims.filter((claim) => !previousIds.has(claim.id)).map((claim) => claim.id);
  const articleChanged = previous.article.title !== next.article.title || previous.article.plainText !== next.article.plainText;
  return { corrections, added, articleChanged, unchanged: corrections.length === 0 && added.length === 0 && !articleChanged };
}

/**
 * Each claim's own dates (ClaimReview datePublished/dateModified): carried over while the claim
 * is unchanged, `now` when it is new or changed. `fallback`: for claims from publications written
 * before these dates were kept — the article's first publication and the previous one.
 */
export function stampClaimDates(
  previous: PublicationSnapshot | null,
  next: PublicationSnapshot,
  now: Date,
  fallback: { firstPublishedAt: Date; lastPublishedAt: Date } | null,
): PublicationSnapshot {
  const previousById = new Map(previous?.claims.map((claim) => [claim.id, claim]));
  const at = now.toISOString();
  return {
    ...next,
    claims: next.claims.map((claim) => {
      const before = previousById.get(claim.id);
      if (!before) return { ...claim, firstPublishedAt: at, modifiedAt: at };
      const firstPublishedAt = before.firstPublishedAt ?? fallback?.firstPublishedAt.toISOString() ?? at;
      const unchanged = changedPublicFields(before, claim).length === 0;
      const modifiedAt = unchanged ? (before.modifiedAt ?? fallback?.lastPublishedAt.toISOString() ?? at) : at;
      return { ...claim, firstPublishedAt, modifiedAt };
    }),
  };
}
