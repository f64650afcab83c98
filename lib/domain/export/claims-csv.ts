// The claims CSV: one row per claim, columns in a fixed order that the README documents. Scripts
// rely on the names and order; add columns only at the end.
import { type CsvCell, toCsv } from "./csv";

export const CLAIM_CSV_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "claim",
  "quote",
  "claimant",
  "state",
  "rating",
  "rating_value",
  "summary",
  "explanation",
  "source_urls",
  "date_said",
  "appearance_url",
  "tags",
  "assignee",
  "created_at",
  "updated_at",
  "published_url",
] as const;

export type ClaimCsvRow = {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  quote: string;
  claimant: string | null;
  state: string;
  rating: string | null;
  ratingValue: number | null;
  summary: string;
  explanation: string;
  sourceUrls: string[];
  dateSaid: Date | null;
  appearanceUrl: string | null;
  tags: string[];
  assignee: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The claim on its reader page when its fact-check is published. */
  publishedUrl: string | null;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function claimsCsv(rows: ClaimCsvRow[]): string {
  return toCsv(
    CLAIM_CSV_COLUMNS,
    rows.map((row): CsvCell[] => [
      row.id,
      row.articleId,
      row.articleTitle,
      row.text,
      row.quote,
      row.claimant,
      row.state.toLowerCase(),
      row.rating,
      row.ratingValue,
      row.summary,
      row.explanation,
      row.sourceUrls.join(" | "),
      day(row.dateSaid),
      row.appearanceUrl,
      row.tags.join(" | "),
      row.assignee,
      row.createdAt.toISOString(),
      row.updatedAt.toISOString(),
      row.publishedUrl,
    ]),
  );
}
