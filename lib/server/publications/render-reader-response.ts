// The reader page for a slug (and optional version) as a cached, server-rendered document with its
// Content-Security-Policy: no inline script, styles from the site's stylesheet and hashed blocks.
import { notFoundDocument } from "@/lib/domain/reader/page-document";
import { renderReaderPage } from "@/lib/domain/reader/render-reader-page";
import { getPublisherProfile } from "../publisher/get-publisher-profile";
import { getPublishedFactCheck } from "./get-published-fact-check";
import { type CachedPage, cachedReaderPage } from "./reader-page-cache";

function contentSecurityPolicy(styleHashes: string[]) {
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

/** `origin`: the site's public origin (lib/config/public-origin.ts). */
export async function readerPage(slug: string, version: number | undefined, origin: string): Promise<CachedPage> {
  return cachedReaderPage(slug, version, origin, async () => {
    const factCheck = await getPublishedFactCheck(slug, version);
    if (!factCheck) {
      const profile = await getPublisherProfile();
      return { status: 404, html: notFoundDocument(profile.name), csp: contentSecurityPolicy([]) };
    }
    const page = renderReaderPage(factCheck, origin);
    return { status: 200, html: page.html, csp: contentSecurityPolicy(page.styleHashes) };
  });
}
