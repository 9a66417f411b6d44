import { useId, useState, type FormEvent } from 'react';
import type { VersionSummary } from '@charter/shared';
import { useTranslation } from '../i18n';

interface Props {
  versions: VersionSummary[];
  onCompare(from: string, to: string): void;
}

const NOW = 'current';

/** Pick any two versions, or a version and the text as it is now, to compare. */
export function CompareForm({ versions, onCompare }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions[0]?.id ?? '');
  const [to, setTo] = useState(NOW);
  if (versions.length === 0) return null;
  const label = (version: VersionSummary) => t('history.versionTitle', { number: version.number, name: version.name });

  function submit(event: FormEvent) {
    event.preventDefault();
    onCompare(from || versions[0].id, to);
  }

  return (
    <form className="card compare-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('history.compareHeading')}</h2>
      <div className="compare-fields">
        <label>
          {t('history.from')}
          <select value={from} onChange={(event) => setFrom(event.target.value)}>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {label(version)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.to')}
          <select value={to} onChange={(event) => setTo(event.target.value)}>
            <option value={NOW}>{t('history.now')}</option>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {label(version)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-actions">
        <button type="submit">{t('history.compare')}</button>
      </div>
    </form>
  );
}
