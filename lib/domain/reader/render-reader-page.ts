// The public fact-check page as one HTML document, rendered on the server from the frozen
// publication: no React and no inline script (one small same-origin script turns highlight links
// into verdict dialogs), so it can be cached and served under a strict Content-Security-Policy.
import crypto from "node:crypto";
import type { PublicationSnapshot } from "../../schemas/publication";
import { htmlOfParagraphs, PARAGRAPH_SEPARATOR } from "../articles/plain-text";
import { escapeHtml as e } from "../html/escape-html";
import { claimReviewsOf, jsonLdText } from "../publications/claim-review";
import { safeColor } from "../ratings/rating-icons";
import { highlightHtml, type MarkSegment } from "./highlight-html";
import { changeLogPagePath, readerPageUrl } from "./page-address";
import { readerMedia } from "./reader-media";
import { colorClasses, formatDay, ratingBadgeHtml, ratingIconSvg, verdictCardHtml } from "./render-verdict";
import { pageDocument } from "./page-document";

export type PublishedFactCheck = {
  slug: string;
  version: number;
  latestVersion: number;
  publishedAt: Date;
  firstPublishedAt: Date;
  snapshot: PublicationSnapshot;
  history: { version: number; publishedAt: Date; correctionNote: string | null }[];
  /** Set when the live article's text changed after this publication froze it (reader page only). */
  articleChange?: ArticleChangeNotice | null;
};

/** `changedAt`: when the article's current revision was made; `revisions`: how many came after the published one. */
export type ArticleChangeNotice = { changedAt: Date; revisions: number };

export type RenderedPage = { html: string; styleHashes: string[] };

const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;

function articleHtml(fc: PublishedFactCheck, classOf: (claimId: string) => string) {
  const { article, claims } = fc.snapshot;
  // Publications written before the HTML was frozen show their canonical text as paragraphs.
  const html = article.html ?? htmlOfParagraphs(article.plainText.split(PARAGRAPH_SEPARATOR));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const mark = (segment: MarkSegment) => {
    const target = segment.claimIds[0]!;
    const describedBy = segment.claimIds.map((id) => `claim-desc-${e(id)}`).join(" ");
    const overlap = segment.claimIds.length > 1 ? " claim-mark--overlap" : "";
    const marked = `<mark data-claim-id="${e(target)}" class="claim-mark ${classOf(target)}${overlap}" aria-describedby="${describedBy}">${segment.html}</mark>`;
    // A link to the verdict card works everywhere; reader.js opens the verdict dialog instead.
    const opener = segment.insideInteractive
      ? marked
      : `<a class="claim-link" href="#claim-${e(target)}" data-verdict="verdict-${e(target)}" aria-describedby="${describedBy}">${marked}</a>`;
    const badges = segment.endingIds.map((id) => {
      const rating = byId.get(id)!.rating;
      return `<span class="claim-mark__rating ${classOf(id)}" aria-hidden="true">${ratingIconSvg(rating.icon)}${e(rating.label)}</span>`;
    });
    return opener + badges.join("");
  };
  const descriptions = claims
    .map((claim) => `<span id="claim-desc-${e(claim.id)}" hidden>Rated ${e(claim.rating.label)}: ${e(claim.text)}</span>`)
    .join("");
  const ranges = claims.map((claim) => ({ id: claim.id, start: claim.anchor.start, end: claim.anchor.end }));
  return `${descriptions}${readerMedia(highlightHtml(html, article.plainText, ranges, mark))}`;
}

function historyHtml(fc: PublishedFactCheck) {
  const corrections = fc.history.filter((entry) => entry.correctionNote);
  const correctionList = corrections.length
    ? `<section aria-labelledby="corrections-heading" class="card corrections"><h2 id="corrections-heading">Corrections</h2><ul>${corrections
        .map(
          (entry) =>
            `<li><time datetime="${entry.publishedAt.toISOString()}">${formatDay(entry.publishedAt)}</time> (version ${entry.version}): ${e(entry.correctionNote!)}</li>`,
        )
        .join("")}</ul></section>`
    : "";
  const versions =
    fc.history.length > 1
      ? `<section aria-labelledby="versions-heading"><h2 id="versions-heading">Versions</h2><ol reversed class="timeline">${fc.history
          .map((entry) => {
            const label = `Version ${entry.version}, ${formatDay(entry.publishedAt)}`;
            return `<li>${entry.version === fc.version ? `<strong>${label}</strong> (shown)` : `<a href="/f/${e(fc.slug)}?version=${entry.version}">${label}</a>`}${entry.correctionNote ? ` — correction: ${e(entry.correctionNote)}` : ""}</li>`;
          })
          .join("")}</ol></section>`
      : "";
  return { correctionList, versions };
}

/** The article changed after publication: say when, and link the change log measured from this version. */
function articleChangeHtml(fc: PublishedFactCheck) {
  if (!fc.articleChange) return "";
  const { changedAt, revisions } = fc.articleChange;
  const href = changeLogPagePath(fc.slug, fc.version < fc.latestVersion ? fc.version : undefined);
  return `<p class="alert alert--warning">The article was ${revisions > 1 ? "last " : ""}changed on <time datetime="${changedAt.toISOString()}">${formatDay(changedAt)}</time>, after this fact-check was published. <a href="${e(href)}">See what changed</a>.</p>`;
}

/** oEmbed discovery: consumers find the embeddable card of this version from the page itself. */
function oembedLink(fc: PublishedFactCheck, origin: string) {
  const shown = readerPageUrl(origin, fc.slug, fc.version < fc.latestVersion ? fc.version : undefined);
  const href = `${origin}/oembed?url=${encodeURIComponent(shown)}&format=json`;
  return `<link rel="alternate" type="application/json+oembed" href="${e(href)}" title="${e(`Fact-check: ${fc.snapshot.article.title}`)}">`;
}

export function renderReaderPage(fc: PublishedFactCheck, origin: string): RenderedPage {
  const { article, claims, publisher } = fc.snapshot;
  const classes = colorClasses(fc.snapshot);
  const classById = new Map(claims.map((claim) => [claim.id, classes.get(claim.rating.color)!]));
  const classOf = (claimId: string) => classById.get(claimId)!;
  const style = [...classes].map(([color, name]) => `.${name}{--claim-color:${safeColor(color)}}`).join("");
  const pageUrl = readerPageUrl(origin, fc.slug);
  const { correctionList, versions } = historyHtml(fc);
  const description = claims.map((claim) => `${claim.rating.label}: ${claim.text}`).join(" · ");
  // An earlier version is kept for the record, not offered as the fact-check: no ClaimReview, and
  // search engines are sent to the latest version.
  const isOlder = fc.version < fc.latestVersion;
  const jsonLd = isOlder
    ? ""
    : claimReviewsOf(fc.snapshot, { url: pageUrl, origin, datePublished: fc.firstPublishedAt, dateModified: fc.publishedAt })
        .map((review) => `<script type="application/ld+json">${jsonLdText(review)}</script>`)
        .join("\n");
  const older = isOlder
    ? `<p class="alert alert--warning">You are reading version ${fc.version} of ${fc.latestVersion}. <a href="/f/${e(fc.slug)}">Read the latest version</a>.</p>`
    : "";
  const main = `<p class="kicker">Fact-check</p>
<h1>${e(article.title)}</h1>
<p class="article-meta">${article.siteName ? `Article from ${e(article.siteName)}` : "Article"}${article.byline ? ` by ${e(article.byline)}` : ""}${article.publishedTime ? `, dated ${formatDay(article.publishedTime)}` : ""}${article.sourceUrl && /^https?:/i.test(article.sourceUrl) ? ` (<a href="${e(article.sourceUrl)}" rel="nofollow noopener">original</a>)` : ""} · Checked by ${e(publisher.name)}, published ${formatDay(fc.publishedAt)}${fc.version > 1 ? ` (version ${fc.version})` : ""}</p>
${older}
${articleChangeHtml(fc)}
<div class="article-layout">
<div class="article-body" role="region" aria-label="Article text"${article.language ? ` lang="${e(article.language)}"` : ""}>${articleHtml(fc, classOf)}</div>
<aside class="card summary-box" aria-labelledby="summary-heading"><h2 id="summary-heading">${claims.length} ${claims.length === 1 ? "claim" : "claims"} checked</h2><ol>${claims
    .map(
      (claim) =>
        `<li>${ratingBadgeHtml(claim.rating, classOf(claim.id))}<div><a href="#claim-${e(claim.id)}">${e(claim.text)}</a></div></li>`,
    )
    .join("")}</ol></aside>
</div>
${claims
  .map(
    (claim) =>
      `<dialog id="verdict-${e(claim.id)}" aria-label="Verdict: ${e(claim.rating.label)}" class="verdict-dialog"><form method="dialog"><button class="button button--quiet verdict-dialog__close">Close</button></form>${verdictCardHtml(claim, classOf(claim.id), `verdict-${claim.id}-heading`)}</dialog>`,
  )
  .join("\n")}
${correctionList}
<h2>Verdicts</h2>
<div class="stack">${claims.map((claim) => verdictCardHtml(claim, classOf(claim.id))).join("\n")}</div>
${versions}`;
  const html = pageDocument({
    title: `Fact-check: ${article.title} · ${publisher.name}`,
    // The page speaks English; the article region carries the article's own language.
    lang: "en",
    publisherName: publisher.name,
    head: `<meta name="description" content="${e(description)}">${isOlder ? `\n<meta name="robots" content="noindex">` : ""}
<link rel="canonical" href="${e(pageUrl)}">
${oembedLink(fc, origin)}
<meta property="og:type" content="article"><meta property="og:title" content="${e(`Fact-check: ${article.title}`)}"><meta property="og:description" content="${e(description)}"><meta property="og:url" content="${e(pageUrl)}"><meta property="og:site_name" content="${e(publisher.name)}">
<meta property="article:published_time" content="${fc.firstPublishedAt.toISOString()}"><meta property="article:modified_time" content="${fc.publishedAt.toISOString()}"><meta name="twitter:card" content="summary">
<style>${style}</style>
<script src="/scripts/reader.js" defer></script>
${jsonLd}`,
    main,
  });
  return { html, styleHashes: [sha256(style)] };
}
