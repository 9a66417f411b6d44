import { useId, useState } from 'react';
import { useTranslation } from '../i18n';
import { MAX_AMENDMENT_NOTE, MIN_OVERRIDE_LENGTH } from '@charter/shared';
import { errorMessage } from '../api';

interface Props {
  /** A block stands: accepting needs an override reason. */
  blocked: boolean;
  onAccept(note: string, override: string): Promise<unknown>;
  onDecline(note: string): Promise<unknown>;
}

/** The facilitator's decision: accept (over a block, with a reason) or decline with a note. */
export function DecisionForm({ blocked, onAccept, onDecline }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [override, setOverride] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const accept = () => {
    if (blocked && override.trim().length < MIN_OVERRIDE_LENGTH) return setError(t('amend.blocked'));
    return run(() => onAccept(note.trim(), blocked ? override.trim() : ''));
  };
  const decline = () => {
    if (!note.trim()) return setError(t('amend.declineNote'));
    return run(() => onDecline(note.trim()));
  };

  return (
    <form className="decision-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('amend.decision')}</h4>
      <label htmlFor={`${id}-note`}>{t('amend.note')}</label>
      <textarea id={`${id}-note`} rows={2} maxLength={MAX_AMENDMENT_NOTE} value={note} onChange={(e) => setNote(e.target.value)} />
      {blocked && (
        <>
          <label htmlFor={`${id}-override`}>{t('amend.override')}</label>
          <textarea id={`${id}-override`} rows={2} maxLength={MAX_AMENDMENT_NOTE} value={override} onChange={(e) => setOverride(e.target.value)} />
        </>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="form-actions">
        <button type="button" onClick={() => void accept()}>
          {t('amend.accept')}
        </button>
        <button type="button" className="secondary" onClick={() => void decline()}>
          {t('amend.decline')}
        </button>
      </div>
    </form>
  );
}
