import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listMyMentions, markMentionsRead } from "@/lib/server/comments/my-mentions";

export const metadata: Metadata = { title: "Mentions" };
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function MentionsPage() {
  const actor = await requirePageActor("/mentions");
  const mentions = await listMyMentions({ actor });
  // Shown now, so read: the navigation's count drops on the next page.
  await markMentionsRead({ actor });
  return (
    <div className="page">
      <h1>Mentions</h1>
      <p className="page-lede">Comments in which someone mentioned you, newest first.</p>
      {mentions.length === 0 ? (
        <p className="empty-state">Nobody has mentioned you yet. Colleagues reach you by writing @ and your handle in a comment.</p>
      ) : (
        <ol className="stack mention-list">
          {mentions.map((mention) => (
            <li key={mention.commentId} className="card">
              {mention.unread && <span className="state-pill state-pill--IN_REVIEW">new</span>}
              <p className="comment__meta">
                <strong>{mention.author}</strong> · {when.format(mention.createdAt)} UTC · on{" "}
                <Link href={`/articles/${mention.claim.articleId}?claim=${mention.claim.id}`}>{mention.claim.text}</Link>
              </p>
              <p className="comment__body">{mention.body}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
