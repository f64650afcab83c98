// Rating icons as SVG path data: simple shapes that stay distinguishable in greyscale and print.
// Shared by the desk's React badge and the reader page's HTML.
import type { RatingIcon } from "./default-scale";

export const RATING_ICON_PATHS: Record<RatingIcon, string> = {
  check: "M4 10.5l3.5 3.5L16 5.5",
  "check-minus": "M3 10.5l3 3 6.5-7 M14 14h3",
  half: "M10 3a7 7 0 1 0 0 14z M10 3a7 7 0 1 1 0 14",
  "cross-minus": "M4 4l8 8 M12 4l-8 8 M14 15h3",
  cross: "M5 5l10 10 M15 5L5 15",
  flame: "M10 2c1 4 5 5 5 10a5 5 0 0 1-10 0c0-3 2-4 2-6 1 2 2 2 3 3 0-3-1-5 0-7z",
  question: "M7 7.5a3 3 0 1 1 4 2.8c-.8.4-1 1-1 1.7v.5 M10 15.5v.5",
  slash: "M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M5 15L15 5",
};

export function ratingIconPath(icon: string): string {
  return RATING_ICON_PATHS[icon as RatingIcon] ?? RATING_ICON_PATHS.question;
}

/** A rating colour fit to go into CSS, or a neutral grey when it is not a plain hex colour. */
export function safeColor(color: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(color) ? color : "#4b5563";
}
