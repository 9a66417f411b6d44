import { useId, useState, type FormEvent } from 'react';
import { MAX_COMMENT_LENGTH } from '@charter/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  submitLabel: string;
  onSubmit(text: string): void;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** A comment or a reply: a text area and a button; Ctrl+Enter posts too. */
export function CommentForm({ label, submitLabel, onSubmit, onCancel, autoFocus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    setText('');
  }

  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        required
        maxLength={MAX_COMMENT_LENGTH}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          if (e.key === 'Escape' && onCancel) {
            // Close the reply, not the whole panel.
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="form-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('notes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
