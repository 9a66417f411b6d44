import type { ReactNode } from 'react';
import { authorName, splitOfficial, type Comment, type Thread } from '@charter/shared';
import { StanceTag } from './StanceCounts';
import { fullDate, relativeTime } from '../format';
import { useTranslation } from '../i18n';

interface Props {
  thread: Thread;
  /**
   * How to show when a comment was made: "3 minutes ago" in the live editor;
   * the full date on the review page, which is printed and read later.
   */
  dates: 'relative' | 'full';
  /** Show the thread's official answer before everything else (the review page). */
  officialFirst?: boolean;
  /** Actions under the thread (reply, resolve), when the reader may write. */
  children?: ReactNode;
}

function CommentBody({ comment, dates }: { comment: Comment; dates: Props['dates'] }) {
  const { t } = useTranslation();
  return (
    <>
      {comment.official && (
        <p className="official-label">
          <span aria-hidden="true">★ </span>
          {t('official.label')}
        </p>
      )}
      <p className="comment-meta">
        <span className="comment-author">{authorName(comment.author) ?? t('notes.anonymous')}</span>{' '}
        {dates === 'full' ? (
          <time dateTime={comment.createdAt}>{fullDate(comment.createdAt)}</time>
        ) : (
          <time dateTime={comment.createdAt} title={fullDate(comment.createdAt)}>
            {relativeTime(comment.createdAt)}
          </time>
        )}
        {comment.stance && (
          <>
            {' '}
            <StanceTag stance={comment.stance} />
          </>
        )}
      </p>
      <p className="comment-text" dir="auto">
        {comment.text}
      </p>
    </>
  );
}

/** One comment thread: whether it is resolved, its first comment and its replies. */
export function ThreadView({ thread, dates, officialFirst, children }: Props) {
  const { t } = useTranslation();
  const { root } = thread;
  const { official, others } = officialFirst ? splitOfficial(thread) : { official: [], others: thread.replies };
  return (
    <article
      className="thread"
      data-thread-id={root.id}
      data-resolved={root.resolved}
      aria-label={t('notes.thread', { name: authorName(root.author) ?? t('notes.anonymous') })}
    >
      <p className={`thread-status ${root.resolved ? 'is-resolved' : 'is-open'}`}>{root.resolved ? t('notes.resolved') : t('notes.open')}</p>
      {official.map((answer) => (
        <div key={answer.id} className="reply is-official official-first">
          <CommentBody comment={answer} dates={dates} />
        </div>
      ))}
      {official.length > 0 && <p className="muted in-answer-to">{t('official.inAnswerTo')}</p>}
      <CommentBody comment={root} dates={dates} />
      {others.length > 0 && (
        <ol className="replies">
          {others.map((reply) => (
            <li key={reply.id} className={reply.official ? 'reply is-official' : 'reply'}>
              <CommentBody comment={reply} dates={dates} />
            </li>
          ))}
        </ol>
      )}
      {children}
    </article>
  );
}
