import { useId, useState, type FormEvent } from 'react';
import { COMMENT_STANCES, MAX_COMMENT_LENGTH, type CommentStance } from '@charter/shared';
import { useTranslation } from '../i18n';
import { STANCE_ICONS } from './stances';

/** What the form adds to the words: a stance, or that a reply is the official answer. */
export interface CommentChoices {
  stance?: CommentStance;
  official?: boolean;
}

interface Props {
  label: string;
  submitLabel: string;
  onSubmit(text: string, choices: CommentChoices): void;
  onCancel?(): void;
  autoFocus?: boolean;
  /** Offer a stance (for, against, concern, question), optional to choose. */
  withStance?: boolean;
  /** Offer to give this reply as the official answer (a reviewer's reply). */
  withOfficial?: boolean;
}

/** A comment or a reply: a text area and a button; Ctrl+Enter posts too. */
export function CommentForm({ label, submitLabel, onSubmit, onCancel, autoFocus, withStance, withOfficial }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [stance, setStance] = useState<CommentStance | ''>('');
  const [official, setOfficial] = useState(false);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onSubmit(trimmed, { ...(stance ? { stance } : {}), ...(official ? { official } : {}) });
    setText('');
    setStance('');
    setOfficial(false);
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
      {withStance && (
        <div className="field stance-field">
          <label htmlFor={`${id}-stance`}>{t('stances.label')}</label>
          <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as CommentStance | '')}>
            <option value="">{t('stances.none')}</option>
            {COMMENT_STANCES.map((option) => (
              <option key={option} value={option}>
                {STANCE_ICONS[option]} {t(`stances.name.${option}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {withOfficial && (
        <div className="check official-check">
          <input id={`${id}-official`} type="checkbox" checked={official} onChange={(e) => setOfficial(e.target.checked)} />
          <label htmlFor={`${id}-official`}>{t('official.give')}</label>
        </div>
      )}
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
