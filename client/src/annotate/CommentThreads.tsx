import { useState } from 'react';
import { authorName, type Thread } from '@charter/shared';
import { CommentForm, type CommentChoices } from './CommentForm';
import { ThreadView } from './ThreadView';
import { useTranslation } from '../i18n';

interface Props {
  threads: Thread[];
  writable: boolean;
  /** May this person give a reply as the official answer (a reviewer)? */
  canAnswer: boolean;
  onComment(text: string, choices: CommentChoices & { parentId?: string }): void;
  onResolve(threadId: string, resolved: boolean): void;
  /** The review page's way: full dates, official answers first, and no heading of its own. */
  review?: boolean;
}

/** The comment threads of a clause: reply, resolve, reopen, and a new thread at the end. */
export function CommentThreads({ threads, writable, canAnswer, onComment, onResolve, review }: Props) {
  const { t } = useTranslation();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);

  const list = threads.map((thread) => {
    const { root } = thread;
    return (
      <ThreadView key={root.id} thread={thread} dates={review ? 'full' : 'relative'} officialFirst={review}>
        {writable &&
          (replyingTo === root.id ? (
            <CommentForm
              label={t('notes.replyTo', { name: authorName(root.author) ?? t('notes.anonymous') })}
              submitLabel={t('notes.postReply')}
              autoFocus
              withOfficial={canAnswer}
              onSubmit={(text, choices) => {
                onComment(text, { ...choices, parentId: root.id });
                setReplyingTo(null);
              }}
              onCancel={() => setReplyingTo(null)}
            />
          ) : (
            <div className="form-actions">
              <button type="button" className="secondary" onClick={() => setReplyingTo(root.id)}>
                {t('notes.reply')}
              </button>
              <button type="button" className="secondary" onClick={() => onResolve(root.id, !root.resolved)}>
                {root.resolved ? t('notes.reopen') : t('notes.resolve')}
              </button>
            </div>
          ))}
      </ThreadView>
    );
  });
  if (review) return <>{list}</>;

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading">{t('notes.comments')}</h3>
      {threads.length === 0 && <p className="muted">{t('notes.noComments')}</p>}
      {list}
      {writable && <CommentForm label={t('notes.newComment')} submitLabel={t('notes.post')} withStance onSubmit={(text, choices) => onComment(text, choices)} />}
    </section>
  );
}
