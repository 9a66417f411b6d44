import { useState } from 'react';
import { authorName, type VersionSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { fullDate, relativeTime } from '../format';
import { Confirm } from '../ui/Confirm';

interface Props {
  versions: VersionSummary[];
  /** A facilitator while the draft is being drafted may put a version's text back. */
  mayRestore: boolean;
  busy: boolean;
  onOpen(version: VersionSummary): void;
  onCompareWithNow(version: VersionSummary): void;
  onRestore(version: VersionSummary): void;
}

/** The draft's versions, newest first, each with what can be done with it. */
export function VersionList({ versions, mayRestore, busy, onOpen, onCompareWithNow, onRestore }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (versions.length === 0) return <p className="notice">{t('history.none')}</p>;

  return (
    <ol className="version-list" reversed>
      {versions.map((version) => (
        <li key={version.id} className="card version" aria-labelledby={`version-${version.id}`}>
          <h3 id={`version-${version.id}`}>{t('history.versionTitle', { number: version.number, name: version.name })}</h3>
          <p className="muted">
            {t('history.versionMeta', {
              kind: t(`history.kinds.${version.kind}`),
              author: authorName(version.author) ?? t('history.anonymous'),
            })}{' '}
            <time dateTime={version.createdAt} title={fullDate(version.createdAt)}>
              {relativeTime(version.createdAt)}
            </time>
          </p>
          {confirming === version.id ? (
            <Confirm
              id={`confirm-${version.id}`}
              question={t('history.confirmRestore', { number: version.number, name: version.name })}
              confirmLabel={t('history.confirmRestoreYes')}
              cancelLabel={t('facilitate.cancel')}
              disabled={busy}
              onConfirm={() => {
                setConfirming(null);
                onRestore(version);
              }}
              onCancel={() => setConfirming(null)}
            />
          ) : (
            <div className="form-actions">
              <button type="button" className="secondary" aria-describedby={`version-${version.id}`} onClick={() => onOpen(version)}>
                {t('history.open')}
              </button>
              <button type="button" className="secondary" aria-describedby={`version-${version.id}`} onClick={() => onCompareWithNow(version)}>
                {t('history.compareWithNow')}
              </button>
              {mayRestore && (
                <button type="button" className="secondary" aria-describedby={`version-${version.id}`} disabled={busy} onClick={() => setConfirming(version.id)}>
                  {t('history.restore')}
                </button>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
