import { Fragment } from "react";
import { highlightParagraphs } from "@/lib/domain/anchoring/highlight-segments";
import type { RatingLook } from "../ratings/RatingBadge";
import { RatingIcon } from "../ratings/RatingIcon";

export type HighlightClaim = { id: string; start: number; end: number; text: string; rating: RatingLook | null };

/**
 * Canonical text with each claim's range drawn as a <mark> (overlaps give several marks over the
 * same words). Each mark sits in a button that opens the claim's verdict dialog (the Popover API:
 * no script needed) and is described by its rating label.
 */
const describedBy = (claims: HighlightClaim[]) => claims.map((claim) => `claim-desc-${claim.id}`).join(" ");

export function HighlightedText({ text, claims, label }: { text: string; claims: HighlightClaim[]; label: string }) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const paragraphs = highlightParagraphs(text, claims);
  return (
    <div className="article-body" role="region" aria-label={label}>
      {claims.map((claim) => (
        <span key={claim.id} id={`claim-desc-${claim.id}`} hidden>
          {`Rated ${claim.rating?.label ?? "not yet rated"}: ${claim.text}`}
        </span>
      ))}
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) => {
            if (segment.claimIds.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
            // The shortest covering claim is the most specific: the link goes to it.
            const covering = segment.claimIds.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start));
            const target = covering[0]!;
            const endsHere = covering.filter((claim) => claim.end === segment.start + segment.text.length);
            return (
              <Fragment key={segment.start}>
                <button type="button" className="claim-link" popoverTarget={`verdict-${target.id}`} aria-describedby={describedBy(covering)}>
                  <mark
                    data-claim-id={target.id}
                    className={covering.length > 1 ? "claim-mark claim-mark--overlap" : "claim-mark"}
                    style={{ ["--claim-color" as string]: target.rating?.color ?? "#6b7280" }}
                    aria-describedby={describedBy(covering)}
                  >
                    {segment.text}
                  </mark>
                </button>
                {endsHere.map((claim) => (
                  <span key={claim.id} className="claim-mark__rating" style={{ ["--claim-color" as string]: claim.rating?.color ?? "#6b7280" }} aria-hidden="true">
                    {claim.rating ? <RatingIcon icon={claim.rating.icon} /> : null}
                    {claim.rating?.label ?? "Unrated"}
                  </span>
                ))}
              </Fragment>
            );
          })}
        </p>
      ))}
    </div>
  );
}
