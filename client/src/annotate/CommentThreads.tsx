import { useState } from 'react';
import type { Comment } from '@charter/shared';
import type { Thread } from './threads';
import { CommentForm } from './CommentForm';
import { fullDate, relativeTime } from '../format';
import { fill, strings } from '../strings';

interface Props {
  threads: Thread[];
  writable: boolean;
  onComment(text: string, parentId?: string): void;
  onResolve(threadId: string, resolved: boolean): void;
}

function CommentBody({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="comment-meta">
        <span className="comment-author">{comment.author}</span>{' '}
        <time dateTime={comment.createdAt} title={fullDate(comment.createdAt)}>
          {relativeTime(comment.createdAt)}
        </time>
      </p>
      <p className="comment-text">{comment.text}</p>
    </>
  );
}

/** The comment threads of a clause: reply, resolve, reopen, and a new thread at the end. */
export function CommentThreads({ threads, writable, onComment, onResolve }: Props) {
  const t = strings.notes;
  const [replyingTo, setReplyingTo] = useState<string | null>(null);

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading">{t.comments}</h3>
      {threads.length === 0 && <p className="muted">{t.noComments}</p>}
      {threads.map(({ root, replies }) => (
        <article
          key={root.id}
          className="thread"
          data-thread-id={root.id}
          data-resolved={root.resolved}
          aria-label={fill(t.thread, { name: root.author })}
        >
          <p className={`thread-status ${root.resolved ? 'is-resolved' : 'is-open'}`}>{root.resolved ? t.resolved : t.open}</p>
          <CommentBody comment={root} />
          {replies.length > 0 && (
            <ol className="replies">
              {replies.map((reply) => (
                <li key={reply.id} className="reply">
                  <CommentBody comment={reply} />
                </li>
              ))}
            </ol>
          )}
          {writable &&
            (replyingTo === root.id ? (
              <CommentForm
                label={fill(t.replyTo, { name: root.author })}
                submitLabel={t.postReply}
                autoFocus
                onSubmit={(text) => {
                  onComment(text, root.id);
                  setReplyingTo(null);
                }}
                onCancel={() => setReplyingTo(null)}
              />
            ) : (
              <div className="form-actions">
                <button type="button" className="secondary" onClick={() => setReplyingTo(root.id)}>
                  {t.reply}
                </button>
                <button type="button" className="secondary" onClick={() => onResolve(root.id, !root.resolved)}>
                  {root.resolved ? t.reopen : t.resolve}
                </button>
              </div>
            ))}
        </article>
      ))}
      {writable && <CommentForm label={t.newComment} submitLabel={t.post} onSubmit={(text) => onComment(text)} />}
    </section>
  );
}
