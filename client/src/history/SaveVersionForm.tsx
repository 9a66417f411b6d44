import { useId, useState, type FormEvent } from 'react';
import { MAX_VERSION_NAME, type VersionSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { errorMessage } from '../api';
import { Outcome } from '../ui/Outcome';
import { saveVersion } from './historyApi';

interface Props {
  draftId: string;
  token: string;
  onSaved(version: VersionSummary): void;
}

/** Save the text as it is now under a name people will recognise ("After the 3 March listening session"). */
export function SaveVersionForm({ draftId, token, onSaved }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('history.nameNeeded'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await saveVersion(draftId, token, name);
      setName('');
      setStatus(t('history.saved', { number: saved.number, name: saved.name }));
      onSaved(saved);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card save-version" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t('history.saveHeading')}</h2>
      <label htmlFor={`${id}-name`}>{t('history.nameLabel')}</label>
      <p className="muted" id={`${id}-hint`}>
        {t('history.nameHint')}
      </p>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={MAX_VERSION_NAME}
        aria-describedby={`${id}-hint`}
        aria-invalid={error !== null}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t('history.save')}
        </button>
      </div>
      <Outcome status={status} error={error} />
    </form>
  );
}
