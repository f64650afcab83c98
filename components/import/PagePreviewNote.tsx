import Link from "next/link";

export type PagePreview = { wordCount: number; excerpt: string; existingArticle: { id: string; title: string } | null };

/** What "Fetch details" found: how much text, how it begins, and whether the desk has it already. */
export function PagePreviewNote({ preview }: { preview: PagePreview }) {
  return (
    <div className="subform" role="region" aria-label="Page preview">
      <p style={{ margin: 0 }}>
        <strong>Article found: {preview.wordCount.toLocaleString("en")} words.</strong> Check the details below, then import.
      </p>
      <p className="muted" style={{ margin: "0.4rem 0 0", fontFamily: "var(--serif)" }}>
        {preview.excerpt}…
      </p>
      {preview.existingArticle && (
        <p style={{ margin: "0.5rem 0 0" }}>
          Already on the desk: <Link href={`/articles/${preview.existingArticle.id}`}>{preview.existingArticle.title}</Link>
        </p>
      )}
    </div>
  );
}
