"use client";
// A claim's discussion: comments and one level of replies; @handle mentions the people listed.
import { useId, useState } from "react";
import { addCommentAction } from "@/lib/actions/comment";

type Comment = { id: string; author: string; body: string; createdAt: string };
export type Thread = Comment & { replies: Comment[] };
type Props = { claimId: string; threads: Thread[]; handles: { name: string; handle: string }[]; page: string };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function CommentBox({
  claimId,
  page,
  parentId,
  label,
  onDone,
}: {
  claimId: string;
  page: string;
  parentId?: string;
  label: string;
  onDone?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function post() {
    setPending(true);
    const result = await addCommentAction(page, { claimId, body, parentId });
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.message);
    setBody("");
    setError(null);
    onDone?.();
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={body}
        // A draft live updates must not wipe (LiveClaimPanel): typed, it differs from "".
        data-draft=""
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
      <div className="button-row">
        <button type="button" className="button button--quiet" disabled={pending} onClick={() => void post()}>
          {pending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </button>
      </div>
    </div>
  );
}

function CommentView({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="comment__meta">
        <strong>{comment.author}</strong> · <time dateTime={comment.createdAt}>{when.format(new Date(comment.createdAt))}</time>
      </p>
      <p className="comment__body">{comment.body}</p>
    </>
  );
}

export function Discussion({ claimId, threads, handles, page }: Props) {
  const [replying, setReplying] = useState<string | null>(null);
  return (
    <section className="panel-section discussion" aria-labelledby={`discussion-${claimId}`}>
      <h3 id={`discussion-${claimId}`}>Discussion ({threads.reduce((n, t) => n + 1 + t.replies.length, 0)})</h3>
      {threads.length === 0 && <p className="muted">No comments yet.</p>}
      <ol className="comments">
        {threads.map((thread) => (
          <li key={thread.id}>
            <CommentView comment={thread} />
            {thread.replies.length > 0 && (
              <ol className="comments comments--replies">
                {thread.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentView comment={reply} />
                  </li>
                ))}
              </ol>
            )}
            {replying === thread.id ? (
              <CommentBox
                claimId={claimId}
                page={page}
                parentId={thread.id}
                label={`Reply to ${thread.author}`}
                onDone={() => setReplying(null)}
              />
            ) : (
              <button type="button" className="link-button" onClick={() => setReplying(thread.id)}>
                Reply
              </button>
            )}
          </li>
        ))}
      </ol>
      <CommentBox claimId={claimId} page={page} label="Comment" />
      <p className="muted mention-hint">
        Mention someone with @ and their handle: {handles.map((h) => `@${h.handle} (${h.name})`).join(", ")}.
      </p>
    </section>
  );
}
