import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HighlightedText } from "@/components/reader/HighlightedText";
import { VerdictCard } from "@/components/reader/VerdictCard";
import { RatingBadge } from "@/components/ratings/RatingBadge";
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
  return (
    <div className="page">
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
      <h2>Verdicts</h2>
      <div className="stack">
        {claims.map((claim) => (
          <VerdictCard key={claim.id} claim={claim} />
        ))}
      </div>
    </div>
  );
}
