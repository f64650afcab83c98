// The Atom 1.0 feed of published fact-checks (RFC 4287): one entry per fact-check, newest first,
// its claims and ratings in the summary. Written by hand: a few elements, every text escaped.
import { publisherUrl } from "../publications/claim-review";
import { readerPageUrl } from "../reader/page-address";
import { ATOM_FEED_PATH, type FeedFactCheck, feedUpdatedAt } from "./feed-fact-check";
import { escapeXml as x } from "./xml-text";

type Feed = {
  /** The site's public origin (configured, else the request's). */
  origin: string;
  /** The desk's current name and description: the feed's title and subtitle. */
  publisherName: string;
  description: string;
  /** Newest first. */
  factChecks: readonly FeedFactCheck[];
  /** The latest publish or withdrawal, so that a removal changes <updated> too. */
  changedAt: Date | null;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The entry's summary: what was checked and how each claim was rated, one claim a line. */
export function entrySummary({ snapshot, version }: FeedFactCheck): string {
  const { article, claims } = snapshot;
  const lines = claims.map((claim) => `${claim.rating.label}: ${claim.text}${claim.summary.trim() ? ` — ${claim.summary.trim()}` : ""}`);
  const from = article.siteName ? ` in an article from ${article.siteName}` : "";
  const updated = version > 1 ? ` (updated: version ${version})` : "";
  return [`${plural(claims.length, "claim")} checked${from}${updated}.`, ...lines].join("\n");
}

function entry(fc: FeedFactCheck, origin: string): string {
  const url = readerPageUrl(origin, fc.slug);
  const { publisher, article, claims } = fc.snapshot;
  const labels = [...new Set(claims.map((claim) => claim.rating.label))];
  return `<entry>
<id>${x(url)}</id>
<title type="text">${x(`Fact-check: ${article.title}`)}</title>
<link rel="alternate" type="text/html" href="${x(url)}"/>
<published>${fc.firstPublishedAt.toISOString()}</published>
<updated>${fc.publishedAt.toISOString()}</updated>
<author><name>${x(publisher.name)}</name><uri>${x(publisherUrl(fc.snapshot, origin))}</uri></author>
${labels.map((label) => `<category term="${x(label)}" label="${x(label)}"/>`).join("\n")}
<summary type="text">${x(entrySummary(fc))}</summary>
</entry>`;
}

/** The Atom document, UTF-8, every text and attribute escaped. */
export function atomFeed({ origin, publisherName, description, factChecks, changedAt }: Feed): string {
  // A feed must say when it changed; one that never had an entry says the epoch.
  const updated = feedUpdatedAt(factChecks, changedAt) ?? new Date(0);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>${x(`${origin}${ATOM_FEED_PATH}`)}</id>
<title type="text">${x(`${publisherName}: fact-checks`)}</title>
${description.trim() ? `<subtitle type="text">${x(description.trim())}</subtitle>\n` : ""}<updated>${updated.toISOString()}</updated>
<link rel="self" type="application/atom+xml" href="${x(`${origin}${ATOM_FEED_PATH}`)}"/>
<link rel="alternate" type="text/html" href="${x(`${origin}/`)}"/>
<author><name>${x(publisherName)}</name><uri>${x(`${origin}/`)}</uri></author>
<generator>Fact-check workbench</generator>
${factChecks.map((fc) => entry(fc, origin)).join("\n")}
</feed>
`;
}
