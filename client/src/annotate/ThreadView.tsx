import type { ReactNode } from 'react';
import { authorName, type Comment } from '@charter/shared';
import type { Thread } from './threads';
import { fullDate, relativeTime } from '../format';
import { useTranslation } from 'react-i18next';

interface Props {
  thread: Thread;
  /**
   * How to show when a comment was made: "3 minutes ago" in the live editor;
   * the full date on the review page, which is printed and read later.
   */
  dates: 'relative' | 'full';
  /** Actions under the thread (reply, resolve), when the reader may write. */
  children?: ReactNode;
}

function CommentBody({ comment, dates }: { comment: Comment; dates: Props['dates'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="comment-meta">
        <span className="comment-author">{authorName(comment.author) ?? t('notes.anonymous')}</span>{' '}
        {dates === 'full' ? (
          <time dateTime={comment.createdAt}>{fullDate(comment.createdAt)}</time>
        ) : (
          <time dateTime={comment.createdAt} title={fullDate(comment.createdAt)}>
            {relativeTime(comment.createdAt)}
          </time>
        )}
      </p>
      <p className="comment-text" dir="auto">
        {comment.text}
      </p>
    </>
  );
}

/** One comment thread: whether it is resolved, its first comment and its replies. */
export function ThreadView({ thread: { root, replies }, dates, children }: Props) {
  const { t } = useTranslation();
  return (
    <article className="thread" data-thread-id={root.id} data-resolved={root.resolved} aria-label={t('notes.thread', { name: authorName(root.author) ?? t('notes.anonymous') })}>
      <p className={`thread-status ${root.resolved ? 'is-resolved' : 'is-open'}`}>{root.resolved ? t('notes.resolved') : t('notes.open')}</p>
      <CommentBody comment={root} dates={dates} />
      {replies.length > 0 && (
        <ol className="replies">
          {replies.map((reply) => (
            <li key={reply.id} className="reply">
              <CommentBody comment={reply} dates={dates} />
            </li>
          ))}
        </ol>
      )}
      {children}
    </article>
  );
}
