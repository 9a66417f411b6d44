import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CreatedInitiative, ServerSettings } from '@charter/shared';
import { api, errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useTranslation } from '../i18n';

interface Props {
  onCreated(name: string, place: string, result: CreatedInitiative): void;
}

export function CreateInitiativeForm({ onCreated }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [adminToken, setAdminToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adminTokenRequired, setAdminTokenRequired] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    api<ServerSettings>('/api/settings').then(
      (settings) => setAdminTokenRequired(settings.adminTokenRequired),
      // Unknown: the field stays hidden, and a 401 on submit says what is missing.
      () => {},
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api<CreatedInitiative>('/api/initiatives', {
        method: 'POST',
        token: adminToken.trim() || undefined,
        body: { name: name.trim(), place: place.trim() },
      });
      onCreated(name.trim(), place.trim(), result);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('homePage.name')}</label>
        <input
          id={`${id}-name`}
          name="name"
          required
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${id}-name-hint`}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="hint" id={`${id}-name-hint`}>
          {t('homePage.nameHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-place`}>{t('homePage.place')}</label>
        <input
          id={`${id}-place`}
          name="place"
          required
          maxLength={200}
          autoComplete="address-level2"
          aria-describedby={`${id}-place-hint`}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        />
        <p className="hint" id={`${id}-place-hint`}>
          {t('homePage.placeHint')}
        </p>
      </div>
      {adminTokenRequired && (
        <div className="field">
          <label htmlFor={`${id}-admin`}>{t('homePage.adminToken')}</label>
          <input
            id={`${id}-admin`}
            name="adminToken"
            type="password"
            required
            autoComplete="off"
            aria-describedby={`${id}-admin-hint`}
            value={adminToken}
            onChange={(e) => setAdminToken(e.target.value)}
          />
          <p className="hint" id={`${id}-admin-hint`}>
            {t('homePage.adminTokenHint')}
          </p>
        </div>
      )}
      <ErrorMessage message={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('homePage.submitting') : t('homePage.submit')}
      </button>
    </form>
  );
}
