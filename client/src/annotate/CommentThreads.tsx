import { useState } from 'react';
import type { Thread } from './threads';
import { CommentForm } from './CommentForm';
import { ThreadView } from './ThreadView';
import { useTranslation } from 'react-i18next';

interface Props {
  threads: Thread[];
  writable: boolean;
  onComment(text: string, parentId?: string): void;
  onResolve(threadId: string, resolved: boolean): void;
}

/** The comment threads of a clause: reply, resolve, reopen, and a new thread at the end. */
export function CommentThreads({ threads, writable, onComment, onResolve }: Props) {
  const { t } = useTranslation();
  const [replyingTo, setReplyingTo] = useState<string | null>(null);

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading">{t('notes.comments')}</h3>
      {threads.length === 0 && <p className="muted">{t('notes.noComments')}</p>}
      {threads.map((thread) => {
        const { root } = thread;
        return (
          <ThreadView key={root.id} thread={thread} dates="relative">
            {writable &&
              (replyingTo === root.id ? (
                <CommentForm
                  label={t('notes.replyTo', { name: root.author })}
                  submitLabel={t('notes.postReply')}
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
                    {t('notes.reply')}
                  </button>
                  <button type="button" className="secondary" onClick={() => onResolve(root.id, !root.resolved)}>
                    {root.resolved ? t('notes.reopen') : t('notes.resolve')}
                  </button>
                </div>
              ))}
          </ThreadView>
        );
      })}
      {writable && <CommentForm label={t('notes.newComment')} submitLabel={t('notes.post')} onSubmit={(text) => onComment(text)} />}
    </section>
  );
}
