// oEmbed 1.0 (https://oembed.com) for the reader pages: which fact-check a URL names, how large its
// card is, and the "rich" answer whose html is an iframe of /embed/f/{slug}.
import { escapeHtml as e } from "../html/escape-html";
import { publisherUrl } from "../publications/claim-review";
import { askedVersion, SLUG_PATTERN } from "../reader/page-address";
import type { PublishedFactCheck } from "../reader/render-reader-page";

export const EMBED_WIDTH = 560;
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 1600;

export type EmbedTarget = { slug: string; version: number | undefined };
export type OEmbed = {
  version: "1.0";
  type: "rich";
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
};

/** The fact-check a reader page (or embed card) address on this site names; null for anything else. */
export function embedTargetOf(url: string, origin: string): EmbedTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== origin || parsed.username || parsed.password) return null;
  const match = /^\/(?:embed\/)?f\/([^/]+)\/?$/.exec(parsed.pathname);
  if (!match || !SLUG_PATTERN.test(match[1]!)) return null;
  return { slug: match[1]!, version: askedVersion(parsed.searchParams.get("version")) };
}

/** The card's address; `version` pins one version. */
export function embedUrl(origin: string, slug: string, version?: number): string {
  return `${origin}/embed/f/${slug}${version ? `?version=${version}` : ""}`;
}

/** A `maxwidth`/`maxheight` parameter: a positive whole number of pixels, else no limit. */
export function maxDimension(value: string | null): number | undefined {
  return value && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined;
}

const lines = (text: string, charsPerLine: number) => Math.max(1, Math.ceil(text.length / charsPerLine));

/**
 * The card's height at `width`, estimated from its text (the card's stylesheet: 15 px text, 16 px
 * padding) with room to spare: a frame that is too short scrolls, one too tall shows white space.
 */
export function cardHeight(fc: PublishedFactCheck, width: number): number {
  const inner = Math.max(120, width - 34);
  const claims = fc.snapshot.claims.reduce(
    (sum, claim) =>
      sum +
      22 + // border and padding
      26 + // the rating badge
      lines(claim.text, inner / 8.4) * 22 +
      (claim.claimant ? 20 : 0) +
      (claim.summary.trim() ? 4 + lines(claim.summary, inner / 7.4) * 20 : 0),
    0,
  );
  const kickerAndMargins = 58;
  const title = lines(fc.snapshot.article.title, inner / 9.5) * 21;
  const meta = lines("00 claims checked · published 00 September 0000 · version 00 of 00", inner / 7) * 19;
  const header = kickerAndMargins + title + meta;
  const link = 52;
  // Measured in Chromium against the sample at 300, 400 and 560 px; 10 % spare for other fonts.
  const estimate = Math.ceil((header + claims + link) * 1.1);
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, estimate));
}

type Answer = { fc: PublishedFactCheck; origin: string; providerName: string; maxWidth?: number; maxHeight?: number };

/** The oEmbed "rich" answer: an iframe of the card, never larger than the consumer allows. */
export function oembedAnswer({ fc, origin, providerName, maxWidth, maxHeight }: Answer): OEmbed {
  const width = Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH);
  const height = Math.min(cardHeight(fc, width), maxHeight ?? MAX_HEIGHT);
  const older = fc.version < fc.latestVersion;
  const title = `Fact-check: ${fc.snapshot.article.title}`;
  const src = embedUrl(origin, fc.slug, older ? fc.version : undefined);
  // Sandboxed: the card runs nothing, and its one link opens a new tab outside the sandbox.
  const html = `<iframe src="${e(src)}" width="${width}" height="${height}" title="${e(title)}" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    title,
    author_name: fc.snapshot.publisher.name,
    author_url: publisherUrl(fc.snapshot, origin),
    provider_name: providerName,
    provider_url: `${origin}/`,
    cache_age: 3600,
    html,
    width,
    height,
  };
}
