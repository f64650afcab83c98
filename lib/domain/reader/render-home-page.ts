// The public front page as one server-rendered document, like a fact-check page: the published
// fact-checks, newest first, each with its ratings. Cached and served under the same strict CSP.
import crypto from "node:crypto";
import { ATOM_FEED_PATH, CLAIM_REVIEW_FEED_PATH } from "../feeds/feed-fact-check";
import { escapeHtml as e } from "../html/escape-html";
import { safeColor } from "../ratings/rating-icons";
import { pageDocument } from "./page-document";
import { formatDay, ratingIconSvg } from "./render-verdict";

export type HomeItem = {
  slug: string;
  title: string;
  siteName: string | null;
  version: number;
  publishedAt: Date;
  ratings: { label: string; color: string; icon: string }[];
  claimCount: number;
};
type Home = { publisherName: string; description: string; items: HomeItem[] };

const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;

export function renderHomePage({ publisherName, description, items }: Home): { html: string; styleHashes: string[] } {
  const colors = [...new Set(items.flatMap((item) => item.ratings.map((rating) => rating.color)))];
  const classOf = (color: string) => `rating-c${colors.indexOf(color)}`;
  const style = colors.map((color) => `.${classOf(color)}{--claim-color:${safeColor(color)}}`).join("");
  const list =
    items.length === 0
      ? `<p class="empty-state">No fact-checks have been published yet.</p>`
      : `<ul class="fact-check-list">${items
          .map(
            (item) =>
              `<li><a href="/f/${e(item.slug)}" class="card"><span class="kicker">${e(item.siteName ?? "Fact-check")}</span><h3>${e(item.title)}</h3><div class="rating-row" aria-label="${item.claimCount} claims rated">${item.ratings
                .map(
                  (rating) => `<span class="rating-badge ${classOf(rating.color)}">${ratingIconSvg(rating.icon)}${e(rating.label)}</span>`,
                )
                .join(
                  "",
                )}</div><p class="muted">Published ${formatDay(item.publishedAt)}${item.version > 1 ? ` · updated (version ${item.version})` : ""}</p></a></li>`,
          )
          .join("")}</ul>`;
  const html = pageDocument({
    title: `Published fact-checks · ${publisherName}`,
    lang: "en",
    publisherName,
    head: `<meta name="description" content="${e(description || "Claims in the news, checked against the record.")}">
<link rel="alternate" type="application/atom+xml" href="${ATOM_FEED_PATH}" title="${e(`${publisherName}: fact-checks (Atom)`)}">
<link rel="alternate" type="application/ld+json" href="${CLAIM_REVIEW_FEED_PATH}" title="${e(`${publisherName}: fact-checks (ClaimReview)`)}">
<style>${style}</style>`,
    main: `<h1>Published fact-checks</h1><p class="page-lede">${e(description || "Claims in the news, checked against the record.")}</p>${list}`,
  });
  return { html, styleHashes: [sha256(style)] };
}
