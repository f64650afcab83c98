// The public change log (/f/{slug}/changes): what changed in the live article since the fact-check
// froze it, with the dates of both texts. One server-rendered document in the reader's frame, with
// no inline style or script, so it is cached and served under the same strict policy.
import { changeLogHtml } from "../articles/change-log-html";
import { type ChangeLog, changeSummary } from "../articles/change-log";
import { precisionNote, type RevisionDiff } from "../articles/revision-diff";
import { escapeHtml as e } from "../html/escape-html";
import { changeLogPagePath, readerPageUrl } from "./page-address";
import { pageDocument } from "./page-document";
import type { RenderedPage } from "./render-reader-page";
import { formatDay } from "./render-verdict";

export type PublicChangeLog = {
  slug: string;
  /** The publication shown (the latest unless an earlier one was asked for). */
  version: number;
  latestVersion: number;
  title: string;
  publisherName: string;
  publishedAt: Date;
  /** The revision the publication froze (its date when known) and the article's current one. */
  from: { revision: number; date: Date | null };
  to: { revision: number; date: Date };
  precision: RevisionDiff["precision"];
  log: ChangeLog;
};

const time = (date: Date) => `<time datetime="${date.toISOString()}">${formatDay(date)}</time>`;

export function renderChangeLogPage(changes: PublicChangeLog, origin: string): RenderedPage {
  const { slug, from, to, log } = changes;
  const isOlder = changes.version < changes.latestVersion;
  const factCheckHref = `/f/${e(slug)}${isOlder ? `?version=${changes.version}` : ""}`;
  const checked = from.date ? `as it read on ${time(from.date)}` : `as it read when it was checked`;
  const intro = `<p class="page-lede">This fact-check${isOlder ? ` (version ${changes.version})` : ""}, published ${time(changes.publishedAt)}, checked the article ${checked}.`;
  const body =
    log.changes === 0
      ? `${intro} The article has not changed since.</p>`
      : `${intro} The article was changed on ${time(to.date)}. Below, words inserted since are underlined and deleted words are struck through; unchanged text is shortened.</p>
<p class="change-summary">${e(changeSummary(log))}</p>
${precisionNote(changes.precision) ? `<p class="muted">${e(precisionNote(changes.precision))}</p>` : ""}
${changeLogHtml(log, "Changes to the article")}`;
  const main = `<p class="kicker">Fact-check · change log</p>
<h1>What changed in the article</h1>
<p class="article-meta">${e(changes.title)}</p>
${body}
<p><a href="${factCheckHref}">Back to the fact-check</a></p>`;
  const html = pageDocument({
    title: `What changed: ${changes.title} · ${changes.publisherName}`,
    lang: "en",
    publisherName: changes.publisherName,
    head: `<meta name="robots" content="noindex">
<link rel="canonical" href="${e(`${origin}${changeLogPagePath(slug)}`)}">
<link rel="up" href="${e(readerPageUrl(origin, slug))}">`,
    main,
  });
  return { html, styleHashes: [] };
}
