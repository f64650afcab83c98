// What a public page's address may name: a slug we could have made, and a version number.

export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;

/** `?version=n` for n ≥ 1; anything else that was asked for names a version that does not exist (0). */
export function askedVersion(value: string | null): number | undefined {
  if (value === null) return undefined;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 0;
}

/** The reader page's public address; with `version`, that version's. */
export function readerPageUrl(origin: string, slug: string, version?: number): string {
  return `${origin}/f/${slug}${version ? `?version=${version}` : ""}`;
}

/** The public change log's path: what changed in the article since the latest publication, or since `version`. */
export function changeLogPagePath(slug: string, version?: number): string {
  return `/f/${slug}/changes${version ? `?version=${version}` : ""}`;
}
