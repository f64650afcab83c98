// The default rating scale of DESIGN.md. Values 6..1 are the numeric range used in ClaimReview
// (bestRating 6, worstRating 1); the last two ratings sit outside it (value null).
export type RatingDefinition = {
  label: string;
  value: number | null;
  description: string;
  color: string;
  icon: RatingIcon;
};

export const RATING_ICONS = ["check", "check-minus", "half", "cross-minus", "cross", "flame", "question", "slash"] as const;
export type RatingIcon = (typeof RATING_ICONS)[number];

// Colours all keep white text above a 4.5:1 contrast ratio; the icon and label carry the meaning too.
export const DEFAULT_SCALE_NAME = "Default scale (six steps)";
export const DEFAULT_RATINGS: readonly RatingDefinition[] = [
  {
    label: "True",
    value: 6,
    icon: "check",
    color: "#1d6b35",
    description: "The statement is accurate and nothing significant is missing.",
  },
  {
    label: "Mostly true",
    value: 5,
    icon: "check-minus",
    color: "#3d6e1f",
    description: "The statement is accurate but needs clarification or additional information.",
  },
  {
    label: "Half true",
    value: 4,
    icon: "half",
    color: "#8a5a00",
    description: "The statement is partially accurate but leaves out important details or takes things out of context.",
  },
  {
    label: "Mostly false",
    value: 3,
    icon: "cross-minus",
    color: "#b4410c",
    description: "The statement contains an element of truth but ignores critical facts that would give a different impression.",
  },
  { label: "False", value: 2, icon: "cross", color: "#b01c1c", description: "The statement is not accurate." },
  {
    label: "Pants on fire",
    value: 1,
    icon: "flame",
    color: "#7a1616",
    description: "The statement is not accurate and makes a ridiculous claim.",
  },
  {
    label: "Unverifiable",
    value: null,
    icon: "question",
    color: "#4b5563",
    description: "The available evidence can neither confirm nor refute the statement.",
  },
  {
    label: "Not a factual claim",
    value: null,
    icon: "slash",
    color: "#5b2a86",
    description: "The statement is opinion, prediction or rhetoric, not a checkable fact.",
  },
];

/** bestRating / worstRating of a scale: the extremes of its numeric values. */
export function numericRange(values: readonly (number | null)[]): { best: number; worst: number } | null {
  const numbers = values.filter((value): value is number => value !== null);
  if (numbers.length === 0) return null;
  return { best: Math.max(...numbers), worst: Math.min(...numbers) };
}
