// The embeddable card of a published fact-check (/embed/f/{slug}): a small, self-contained HTML
// document that other sites frame. No script, no request but the document itself (its style is
// inline and hashed), every rating told by its label and icon, never by colour alone.
import crypto from "node:crypto";
import { escapeHtml as e } from "../html/escape-html";
import { safeColor } from "../ratings/rating-icons";
import { readerPageUrl } from "../reader/page-address";
import type { PublishedFactCheck, RenderedPage } from "../reader/render-reader-page";
import { colorClasses, formatDay, ratingIconSvg } from "../reader/render-verdict";

const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;

const CARD_STYLE = [
  "*{box-sizing:border-box}",
  "html{-webkit-text-size-adjust:100%}",
  'body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;color:#1b1f24;background:#fff}',
  ".card{border:1px solid #d6d1c7;border-radius:10px;padding:14px 16px;overflow-wrap:anywhere;background:#fff}",
  ".kicker{margin:0;font-size:.78rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#4a5361}",
  "h1{font-size:1.1rem;line-height:1.25;margin:.3rem 0}",
  ".meta,.by{margin:0;font-size:.85rem;color:#4a5361}",
  "ol{list-style:none;margin:.6rem 0 0;padding:0}",
  "li{border-top:1px solid #e2ded6;padding:.6rem 0}",
  ".rating{margin:0}",
  ".badge{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem .6rem .15rem .4rem;border-radius:999px;color:#fff;background:var(--claim-color,#4b5563);font-size:.82rem;font-weight:700}",
  ".badge svg{width:1rem;height:1rem;flex:none}",
  ".claim{margin:.35rem 0 .15rem;font-weight:600}",
  ".summary{margin:.25rem 0 0;font-size:.9rem}",
  ".more{margin:.2rem 0 0;padding-top:.6rem;border-top:1px solid #e2ded6}",
  "a{color:#0b5cad;font-weight:600}",
  "a:focus-visible{outline:3px solid #b35c00;outline-offset:2px;border-radius:3px}",
  ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
].join("");

/** The card's policy: any site may frame it; nothing in it may run, load or submit anything. */
export function embedContentSecurityPolicy(styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `style-src ${styleHashes.join(" ")}`,
    "base-uri 'none'",
    "form-action 'none'",
    // Partners' pages, on any http(s) site, may frame the card (the reader page itself refuses).
    "frame-ancestors *",
  ].join("; ");
}

function cardDocument({ title, body, extraStyle = "" }: { title: string; body: string; extraStyle?: string }): RenderedPage {
  const style = CARD_STYLE + extraStyle;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${style}</style>
</head>
<body>
<main class="card">
${body}
</main>
</body>
</html>`;
  return { html, styleHashes: [sha256(style)] };
}

/** The card of one published version: its claims with rating, claimant and summary, and a link to the page. */
export function renderEmbedCard(fc: PublishedFactCheck, origin: string): RenderedPage {
  const { article, claims, publisher } = fc.snapshot;
  const classes = colorClasses(fc.snapshot);
  const colors = [...classes].map(([color, name]) => `.${name}{--claim-color:${safeColor(color)}}`).join("");
  const older = fc.version < fc.latestVersion;
  const pageUrl = readerPageUrl(origin, fc.slug, older ? fc.version : undefined);
  const items = claims.map((claim) => {
    const claimant = claim.claimant ? `<p class="by">Claim by ${e(claim.claimant.name)}</p>` : "";
    const summary = claim.summary.trim() ? `<p class="summary">${e(claim.summary.trim())}</p>` : "";
    return `<li><p class="rating"><span class="visually-hidden">Rating: </span><span class="badge ${classes.get(claim.rating.color)!}">${ratingIconSvg(claim.rating.icon)}${e(claim.rating.label)}</span></p>
<p class="claim">${e(claim.text)}</p>${claimant}${summary}</li>`;
  });
  const version = older ? ` · version ${fc.version} of ${fc.latestVersion}` : fc.version > 1 ? ` · updated (version ${fc.version})` : "";
  const body = `<p class="kicker">Fact-check by ${e(publisher.name)}</p>
<h1${article.language ? ` lang="${e(article.language)}"` : ""}>${e(article.title)}</h1>
<p class="meta">${claims.length} ${claims.length === 1 ? "claim" : "claims"} checked · published ${formatDay(fc.publishedAt)}${version}</p>
<ol>${items.join("\n")}</ol>
<p class="more"><a href="${e(pageUrl)}" target="_blank" rel="noopener">Read the full fact-check<span class="visually-hidden"> (opens in a new tab)</span></a></p>`;
  return cardDocument({ title: `Fact-check: ${article.title} · ${publisher.name}`, body, extraStyle: colors });
}

/** The card's "not found" (unknown, withdrawn or missing version): says so, in the same frame. */
export function embedNotFoundCard(publisherName: string, origin: string): RenderedPage {
  const body = `<p class="kicker">Fact-check by ${e(publisherName)}</p>
<h1>Fact-check not available</h1>
<p class="meta">This fact-check does not exist or is no longer published.</p>
<p class="more"><a href="${e(`${origin}/`)}" target="_blank" rel="noopener">See all published fact-checks<span class="visually-hidden"> (opens in a new tab)</span></a></p>`;
  return cardDocument({ title: `Not found · ${publisherName}`, body });
}
