"use client";
// Title, byline, site, date and language of an import: filled from the page when the editor asks
// ("Fetch details"), always editable, and empty fields fall back to what the page says.
import type { ReactNode } from "react";

export type ArticleDetails = { title: string; byline: string; siteName: string; publishedTime: string; language: string };
export const EMPTY_DETAILS: ArticleDetails = { title: "", byline: "", siteName: "", publishedTime: "", language: "" };

type Field = { name: keyof ArticleDetails; label: string; type?: string; maxLength: number };
const MORE: Field[] = [
  { name: "byline", label: "Byline", maxLength: 300 },
  { name: "siteName", label: "Site name", maxLength: 200 },
  { name: "publishedTime", label: "Published on", type: "date", maxLength: 30 },
  { name: "language", label: "Language", maxLength: 35 },
];

type Props = {
  values: ArticleDetails;
  onChange: (values: ArticleDetails) => void;
  titleRequired: boolean;
  expanded: boolean;
  errorFor: (field: string) => string | undefined;
};

export function ArticleDetailsFields({ values, onChange, titleRequired, expanded, errorFor }: Props) {
  const input = ({ name, label, type = "text", maxLength }: Field, hint?: string): ReactNode => {
    const error = errorFor(name);
    const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
    return (
      <div className="field" key={name}>
        <label htmlFor={name}>{label}</label>
        {hint ? (
          <span className="muted" id={`${name}-hint`}>
            {hint}
          </span>
        ) : null}
        <input
          id={name}
          name={name}
          type={type}
          maxLength={maxLength}
          value={values[name]}
          required={name === "title" && titleRequired}
          aria-invalid={!!error}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ ...values, [name]: event.target.value })}
        />
        {error ? (
          <span className="field-error" id={`${name}-error`}>
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <>
      {input(
        { name: "title", label: "Title", maxLength: 300 },
        titleRequired ? undefined : "Optional: leave empty to use the article's own title.",
      )}
      <details open={expanded || undefined} style={{ marginBottom: "1rem" }}>
        <summary>More details (optional)</summary>
        {MORE.map((field) => input(field))}
      </details>
    </>
  );
}
