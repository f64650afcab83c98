import { RatingIcon } from "./RatingIcon";

export type RatingLook = { label: string; color: string; icon: string };

/** A rating shown by label, icon and colour together (never colour alone). */
export function RatingBadge({ rating, size = "normal" }: { rating: RatingLook; size?: "normal" | "large" }) {
  return (
    <span className={`rating-badge${size === "large" ? " rating-badge--large" : ""}`} style={{ background: rating.color }}>
      <RatingIcon icon={rating.icon} />
      {rating.label}
    </span>
  );
}
