import { ratingIconPath } from "@/lib/domain/ratings/rating-icons";

export function RatingIcon({ icon }: { icon: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ratingIconPath(icon)} />
    </svg>
  );
}
