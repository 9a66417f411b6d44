import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { MAX_AMENDMENT_NOTE, MAX_AMENDMENT_TEXT } from '@charter/shared';
import { errorMessage } from '../api';

interface Props {
  clauseNumber: number;
  /** What the text area starts with: the clause's words, or an amendment's to propose again. */
  initialText: string;
  onPropose(text: string, rationale: string): Promise<unknown>;
  onClose(): void;
}

/** New wording for a clause, with a rationale: the clause's text to rewrite. */
export function ProposeForm({ clauseNumber, initialText, onPropose, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onPropose(text.trim(), rationale.trim());
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="propose-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('amend.proposeTitle', { n: clauseNumber })}</h4>
      <label htmlFor={`${id}-text`}>{t('amend.newText')}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        required
        autoFocus
        maxLength={MAX_AMENDMENT_TEXT}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <label htmlFor={`${id}-rationale`}>{t('amend.rationale')}</label>
      <textarea id={`${id}-rationale`} rows={2} maxLength={MAX_AMENDMENT_NOTE} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t('amend.submit')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('amend.cancel')}
        </button>
      </div>
    </form>
  );
}
