import { RatingBadge } from "@/components/ratings/RatingBadge";
import { getPublisherProfile } from "@/lib/server/publisher/get-publisher-profile";
import { listPublishedFactChecks } from "@/lib/server/publications/list-published";

export const dynamic = "force-dynamic";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function HomePage() {
  const [profile, factChecks] = await Promise.all([getPublisherProfile(), listPublishedFactChecks()]);
  return (
    <div className="page">
      <h1>Published fact-checks</h1>
      <p className="page-lede">{profile.description || "Claims in the news, checked against the record."}</p>
      {factChecks.length === 0 ? (
        <p className="empty-state">No fact-checks have been published yet.</p>
      ) : (
        <ul className="fact-check-list">
          {factChecks.map((item) => (
            <li key={item.slug}>
              {/* A plain link: fact-check pages are server-rendered documents, not React routes. */}
              <a href={`/f/${item.slug}`} className="card">
                <span className="kicker">{item.siteName ?? "Fact-check"}</span>
                <h3>{item.title}</h3>
                <div className="rating-row" aria-label={`${item.claimCount} claims rated`}>
                  {item.ratings.map((rating, index) => (
                    <RatingBadge key={index} rating={rating} />
                  ))}
                </div>
                <p className="muted">
                  Published {dateFormat.format(item.publishedAt)}
                  {item.version > 1 ? ` · updated (version ${item.version})` : ""}
                </p>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
