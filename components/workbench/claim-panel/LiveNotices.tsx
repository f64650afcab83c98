"use client";
// What live updates did to the open claim: "Updated with Elena Editor’s changes." after a rebuild,
// or, when the editor had drafts, that someone changed (or deleted) the claim, with their version
// one click away. The status region is always in the page, so its text is announced.
import Link from "next/link";

type Props = {
  notice: string | null | undefined;
  update: { text: string; onShow: (() => void) | null } | null | undefined;
  articleId: string;
};

export function LiveNotices({ notice, update, articleId }: Props) {
  return (
    <div role="status" className="live-notices">
      {notice && <p className="field-note">{notice}</p>}
      {update && (
        <div className="alert alert--warning">
          {update.text}{" "}
          {update.onShow ? (
            <button type="button" className="button button--quiet" onClick={update.onShow}>
              Show their changes
            </button>
          ) : (
            <Link href={`/articles/${articleId}`}>Back to all claims</Link>
          )}
        </div>
      )}
    </div>
  );
}
