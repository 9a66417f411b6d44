import type { Comment } from '@charter/shared';
import type { Thread } from '../annotate/threads';
import { fullDate } from '../format';
import { fill, strings } from '../strings';

function CommentBody({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="comment-meta">
        <span className="comment-author">{comment.author}</span>{' '}
        {/* The full date, not "3 minutes ago": a review is printed and read later. */}
        <time dateTime={comment.createdAt}>{fullDate(comment.createdAt)}</time>
      </p>
      <p className="comment-text">{comment.text}</p>
    </>
  );
}

/** The comment threads of a clause, to read: each with its replies and whether it is resolved. */
export function ReviewThreads({ threads }: { threads: Thread[] }) {
  const t = strings.notes;
  return (
    <>
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
        </article>
      ))}
    </>
  );
}
