"use client";
// "Similar fact-checks": while a claim is described, earlier checks of the same or a similar claim —
// the desk's own (published or in progress) and other publishers' (reference archive) — with their
// rating, publisher, date, why they matched, and one click to open. "Same claim as" records the
// link in the claim's history.
import { useEffect, useRef, useState } from "react";
import { linkClaimMatchAction, similarForClaimAction, unlinkClaimMatchAction } from "@/lib/actions/claim";

type Similar = {
  claimReviewed: string;
  href: string;
  publisher: string;
  rating: string | null;
  datePublished: Date | string | null;
  score: number;
  origin: "desk" | "reference";
  /** The claim's words this fact-check matched, from the ranking itself. */
  matchedWords?: string[];
};
type Linked = { id: string; href: string; origin: string; claimReviewed: string; publisher: string; rating: string | null };

const day = (value: Date | string | null) =>
  value ? new Date(value).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : null;

/** Words of the claim found in the other one: the plainest "why it matched". */
function sharedWords(claim: string, other: string): string[] {
  const mine = new Set(claim.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
  return [...new Set(other.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].filter((word) => mine.has(word)).slice(0, 5);
}

type Props = { articleId: string; claimId: string; text: string; canEdit: boolean; onFound?: (count: number) => void };

export function SimilarFactChecks({ articleId, claimId, text, canEdit, onFound }: Props) {
  const [similar, setSimilar] = useState<Similar[] | null>(null);
  const [linked, setLinked] = useState<Linked[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const asked = useRef(0);

  // Asked again a moment after the claim's wording settles; only the latest answer is shown.
  useEffect(() => {
    const ask = ++asked.current;
    const timer = setTimeout(async () => {
      const result = await similarForClaimAction({ claimId, text });
      if (ask !== asked.current) return;
      if (!result.ok) return setProblem(result.message);
      setProblem(null);
      setSimilar(result.data.similar);
      setLinked(result.data.linked);
      onFound?.(result.data.similar.length + result.data.linked.length);
    }, 400);
    return () => clearTimeout(timer);
  }, [claimId, text, refresh, onFound]);

  async function link(item: Similar) {
    const result = await linkClaimMatchAction(articleId, { claimId, href: item.href });
    if (!result.ok) setProblem(result.message);
    else setRefresh((n) => n + 1);
  }
  async function unlink(match: Linked) {
    const result = await unlinkClaimMatchAction(articleId, { claimId, matchId: match.id });
    if (!result.ok) setProblem(result.message);
    else setRefresh((n) => n + 1);
  }

  const linkedHrefs = new Set(linked.map((match) => match.href));
  const external = (href: string) => /^https?:/i.test(href);
  return (
    <section className="similar-fact-checks" aria-labelledby={`similar-${claimId}`}>
      {/* Folded by default: one Tab stop on the way past the panel, however many were found. */}
      <details>
        <summary>
          <h3 id={`similar-${claimId}`}>Similar fact-checks</h3>{" "}
          <span className="muted">
            ({similar === null ? "looking…" : similar.filter((item) => !linkedHrefs.has(item.href)).length + linked.length})
          </span>
        </summary>
        {linked.length > 0 && (
          <ul className="similar-list similar-list--linked" aria-label="Same claim as">
            {linked.map((match) => (
              <li key={match.id}>
                <strong>Same claim as</strong>{" "}
                <a href={match.href} {...(external(match.href) ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                  {match.claimReviewed}
                </a>{" "}
                <span className="muted">
                  {match.publisher}
                  {match.rating ? ` · rated “${match.rating}”` : ""}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void unlink(match)}
                    aria-label={`Remove the link to “${match.claimReviewed}”`}
                  >
                    Remove link
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {problem && <p className="field-error">{problem}</p>}
        {similar === null ? (
          <p className="muted" aria-live="polite">
            Looking for earlier fact-checks…
          </p>
        ) : similar.filter((item) => !linkedHrefs.has(item.href)).length === 0 ? (
          <p className="muted">No earlier fact-check of a similar claim found.</p>
        ) : (
          <ul className="similar-list">
            {similar
              .filter((item) => !linkedHrefs.has(item.href))
              .map((item) => {
                const words = item.matchedWords?.length ? item.matchedWords.slice(0, 5) : sharedWords(text, item.claimReviewed);
                return (
                  <li key={item.href}>
                    <a href={item.href} {...(external(item.href) ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                      {item.claimReviewed}
                      {external(item.href) && <span className="visually-hidden"> (opens in a new tab)</span>}
                    </a>
                    <div className="muted">
                      {item.rating ? `Rated “${item.rating}”` : "Not rated yet"} · {item.publisher}
                      {item.origin === "reference" ? " (reference archive)" : " (this desk)"}
                      {day(item.datePublished) ? ` · ${day(item.datePublished)}` : ""}
                    </div>
                    <div className="muted">
                      Matched {Math.round(item.score * 100)}%{words.length > 0 ? ` on “${words.join("”, “")}”` : ""}
                    </div>
                    {canEdit && (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => void link(item)}
                        aria-label={`Same claim as “${item.claimReviewed.slice(0, 80)}”`}
                      >
                        Same claim
                      </button>
                    )}
                  </li>
                );
              })}
          </ul>
        )}
      </details>
    </section>
  );
}
