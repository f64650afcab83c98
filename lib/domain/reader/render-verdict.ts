// A published verdict as HTML: rating (label, icon and colour), claim, claimant, summary,
// explanation, sources with archived copies, author, reviewers and dates. Everything is escaped.
import type { PublicationSnapshot, SnapshotClaim } from "../../schemas/publication";
import { escapeHtml as e } from "../html/escape-html";
import { ratingIconPath } from "../ratings/rating-icons";
import { renderRichText } from "../rich-text/render-rich-text";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
export const formatDay = (iso: string | Date) => day.format(new Date(iso));

/** Each distinct rating colour gets a class; the page's style block defines them. */
export function colorClasses(snapshot: PublicationSnapshot): Map<string, string> {
  return new Map([...new Set(snapshot.claims.map((claim) => claim.rating.color))].map((color, index) => [color, `rating-c${index}`]));
}

/** A rating's icon as inline SVG, hidden from assistive technology (the label says it). */
export function ratingIconSvg(icon: string): string {
  return `<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"><path d="${ratingIconPath(icon)}"/></svg>`;
}

export function ratingBadgeHtml(rating: SnapshotClaim["rating"], colorClass: string, large = false): string {
  return `<span class="rating-badge${large ? " rating-badge--large" : ""} ${colorClass}">${ratingIconSvg(rating.icon)}${e(rating.label)}</span>`;
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? e(url) : null);
const link = (url: string | null, text: string) => {
  const href = url && safeUrl(url);
  return href ? `<a href="${href}" rel="nofollow noopener">${text}</a>` : text;
};

function sourcesHtml(claim: SnapshotClaim): string {
  if (claim.sources.length === 0) return "";
  const items = claim.sources.map((source) =>
    [
      link(source.url, e(source.title)),
      source.publisher ? ` — ${e(source.publisher)}` : "",
      source.kind === "PRIMARY" ? " (primary source)" : "",
      source.accessedAt ? ` · accessed ${formatDay(source.accessedAt)}` : "",
      source.archiveUrl && safeUrl(source.archiveUrl) ? ` · ${link(source.archiveUrl, "archived copy")}` : "",
      source.quote ? `<q>${e(source.quote)}</q>` : "",
    ].join(""),
  );
  return `<h4>Sources</h4><ol class="source-list">${items.map((item) => `<li>${item}</li>`).join("")}</ol>`;
}

/** `headingId`: the card inside a dialog (no page anchor, so ids stay unique). */
export function verdictCardHtml(claim: SnapshotClaim, colorClass: string, headingId?: string): string {
  const claimant = claim.claimant
    ? `Claim by <strong>${e(claim.claimant.name)}</strong>${claim.claimant.title ? `, ${e(claim.claimant.title)}` : ""}`
    : "Claimant not named";
  const said = claim.dateSaid ? ` · said ${formatDay(claim.dateSaid)}` : "";
  const appeared = claim.appearanceUrl && safeUrl(claim.appearanceUrl) ? ` · ${link(claim.appearanceUrl, "where it was said")}` : "";
  const reviewers = claim.reviewers.length
    ? ` · reviewed by ${claim.reviewers.map((r) => `${e(r.name)} (${formatDay(r.approvedAt)})`).join(", ")}`
    : "";
  return `<article${headingId ? "" : ` id="claim-${e(claim.id)}"`} class="card verdict-card stack ${colorClass}">
${ratingBadgeHtml(claim.rating, colorClass, true)}
<h3${headingId ? ` id="${e(headingId)}"` : ""}>${e(claim.text)}</h3>
<p class="muted">${claimant}${said}${appeared}</p>
${claim.summary ? `<p><strong>${e(claim.summary)}</strong></p>` : ""}
<div>${renderRichText(claim.explanation)}</div>
${sourcesHtml(claim)}
<p class="muted">Verdict by ${e(claim.author)}${reviewers} · verdict of ${formatDay(claim.verdictUpdatedAt)}</p>
</article>`;
}
