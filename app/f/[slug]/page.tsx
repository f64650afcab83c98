import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HighlightedText } from "@/components/reader/HighlightedText";
import { VerdictCard } from "@/components/reader/VerdictCard";
import { VerdictDialog } from "@/components/reader/VerdictDialog";
import { RatingBadge } from "@/components/ratings/RatingBadge";
import { claimReviewsOf, jsonLdText } from "@/lib/domain/publications/claim-review";
import { getPublishedFactCheck } from "@/lib/server/publications/get-published-fact-check";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const factCheck = await getPublishedFactCheck((await params).slug);
  if (!factCheck) return { title: "Not found" };
  const { article, claims } = factCheck.snapshot;
  const description = claims.map((claim) => `${claim.rating.label}: ${claim.text}`).join(" · ");
  return {
    title: `Fact-check: ${article.title}`,
    description,
    openGraph: { title: `Fact-check: ${article.title}`, description, type: "article" },
  };
}

export default async function ReaderPage({ params }: Props) {
  const factCheck = await getPublishedFactCheck((await params).slug);
  if (!factCheck) notFound();
  const { article, claims, publisher } = factCheck.snapshot;
  const highlights = claims.map((claim) => ({
    id: claim.id,
    start: claim.anchor.start,
    end: claim.anchor.end,
    text: claim.text,
    rating: claim.rating,
  }));
  const claimReviews = claimReviewsOf(factCheck.snapshot, {
    url: `${publisher.url.replace(/\/$/, "")}/f/${factCheck.slug}`,
    datePublished: factCheck.firstPublishedAt,
    dateModified: factCheck.publishedAt,
  });
  const corrections = factCheck.history.filter((entry) => entry.correctionNote);
  return (
    <div className="page">
      {claimReviews.map((review, index) => (
        // Data blocks, not scripts: browsers never run application/ld+json.
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(review) }} />
      ))}
      <p className="kicker">Fact-check</p>
      <h1>{article.title}</h1>
      <p className="article-meta">
        {article.siteName ? `Article from ${article.siteName}` : "Article"}
        {article.publishedTime ? `, dated ${day.format(new Date(article.publishedTime))}` : ""} · Checked by {publisher.name},
        published {day.format(factCheck.publishedAt)}
        {factCheck.version > 1 ? ` (version ${factCheck.version})` : ""}
      </p>
      <div className="article-layout">
        <HighlightedText text={article.plainText} claims={highlights} label="Article text" />
        <aside className="card summary-box" aria-labelledby="summary-heading">
          <h2 id="summary-heading" style={{ marginTop: 0 }}>
            {claims.length} claims checked
          </h2>
          <ol>
            {claims.map((claim) => (
              <li key={claim.id}>
                <RatingBadge rating={claim.rating} />
                <div>
                  <a href={`#claim-${claim.id}`}>{claim.text}</a>
                </div>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      {corrections.length > 0 && (
        <section aria-labelledby="corrections-heading" className="card corrections">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {corrections.map((entry) => (
              <li key={entry.version}>
                <time dateTime={entry.publishedAt.toISOString()}>{day.format(entry.publishedAt)}</time> (version {entry.version}): {entry.correctionNote}
              </li>
            ))}
          </ul>
        </section>
      )}
      {claims.map((claim) => (
        <VerdictDialog key={claim.id} claim={claim} />
      ))}
      <h2>Verdicts</h2>
      <div className="stack">
        {claims.map((claim) => (
          <VerdictCard key={claim.id} claim={claim} />
        ))}
      </div>
    </div>
  );
}
