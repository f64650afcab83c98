// The frame of every server-rendered public document: head, header with the publisher's name,
// main content and footer, styled by the site's shared stylesheet only.
import { escapeHtml as e } from "../html/escape-html";

export const SITE_STYLESHEET = "/styles/site.css";

type Document = { title: string; lang: string; publisherName: string; head?: string; main: string };

export function pageDocument({ title, lang, publisherName, head = "", main }: Document): string {
  return `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<link rel="stylesheet" href="${SITE_STYLESHEET}">
${head}
</head>
<body>
<a href="#main" class="skip-link">Skip to content</a>
<header class="site-header"><div class="site-header__inner"><a href="/" class="brand"><span class="brand__mark" aria-hidden="true">✓</span>${e(publisherName)}</a><div class="user-menu"><a href="/signin?callbackUrl=%2Farticles">Newsroom sign in</a></div></div></header>
<main id="main"><div class="page">
${main}
</div></main>
<footer class="site-footer"><div class="site-footer__inner">${e(publisherName)} · Every verdict is checked by a second editor before it is published.</div></footer>
</body>
</html>`;
}

/** The public "not found" document (404), in the same frame. */
export function notFoundDocument(publisherName: string): string {
  return pageDocument({
    title: `Not found · ${publisherName}`,
    lang: "en",
    publisherName,
    main: `<h1>Page not found</h1><p class="page-lede">This fact-check does not exist or is no longer published.</p><p><a href="/">See all published fact-checks</a></p>`,
  });
}
