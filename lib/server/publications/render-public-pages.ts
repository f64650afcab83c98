// The public pages as cached, server-rendered documents with their Content-Security-Policy: no
// inline script, styles from the site's stylesheet and hashed blocks. Reader pages and the home page.
import { changeLogPagePath } from "@/lib/domain/reader/page-address";
import { notFoundDocument } from "@/lib/domain/reader/page-document";
import { renderChangeLogPage } from "@/lib/domain/reader/render-change-log-page";
import { renderHomePage } from "@/lib/domain/reader/render-home-page";
import { renderReaderPage } from "@/lib/domain/reader/render-reader-page";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { getPublishedFactCheck } from "./get-published-fact-check";
import { listPublishedFactChecks } from "./list-published";
import { type CachedPage, cachedPage, factCheckPath, HOME_PATH } from "./page-cache";
import { articleChangeSince, getPublishedChanges } from "./published-article-changes";

export function publicContentSecurityPolicy(styleHashes: string[]) {
  return [
    "default-src 'none'",
    // Our own files only: JSON-LD data blocks are never run, and no other inline script exists.
    "script-src 'self'",
    `style-src 'self' ${styleHashes.join(" ")}`.trim(),
    "img-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The reader page for a slug and version; `origin`: the site's public origin
 * (lib/config/public-origin.ts). A version that does not exist is not found.
 */
export async function readerPage(slug: string, version: number | undefined, origin: string): Promise<CachedPage> {
  return cachedPage(factCheckPath(slug, version), origin, async () => {
    const factCheck = await getPublishedFactCheck(slug, version);
    if (!factCheck) {
      const profile = await getPublisherProfile();
      return { status: 404, html: notFoundDocument(profile.name), csp: publicContentSecurityPolicy([]) };
    }
    const articleChange = await articleChangeSince(slug, factCheck.snapshot);
    const page = renderReaderPage({ ...factCheck, articleChange }, origin);
    return { status: 200, html: page.html, csp: publicContentSecurityPolicy(page.styleHashes) };
  });
}

/**
 * The public change log of a fact-check: what changed in the article since the publication (the
 * latest, or `version`) froze it. Not published, or no such version: the reader's "not found".
 */
export async function changeLogPage(slug: string, version: number | undefined, origin: string): Promise<CachedPage> {
  return cachedPage(changeLogPagePath(slug, version), origin, async () => {
    const changes = await getPublishedChanges(slug, version);
    if (!changes) {
      const profile = await getPublisherProfile();
      return { status: 404, html: notFoundDocument(profile.name), csp: publicContentSecurityPolicy([]) };
    }
    const page = renderChangeLogPage(changes, origin);
    return { status: 200, html: page.html, csp: publicContentSecurityPolicy(page.styleHashes) };
  });
}

/** The public front page: every published fact-check, newest first. */
export async function homePage(origin: string): Promise<CachedPage> {
  return cachedPage(HOME_PATH, origin, async () => {
    const [profile, items] = await Promise.all([getPublisherProfile(), listPublishedFactChecks()]);
    const page = renderHomePage({ publisherName: profile.name, description: profile.description, items });
    return { status: 200, html: page.html, csp: publicContentSecurityPolicy(page.styleHashes) };
  });
}
