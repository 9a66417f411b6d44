import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n';
import type { ActivityEntry } from '@charter/shared';
import { api, errorMessage } from '../api';
import { fullDate } from '../format';
import { ErrorMessage } from '../ui/ErrorMessage';
import { activityLine } from './activityLine';

interface Props {
  draftId: string;
  token: string;
  /** Read again when this changes: the status the page shows, for one. */
  refreshKey?: string;
}

/** Who did what, when, to this draft: status changes, versions, restores, decisions, people removed. */
export function ActivityLog({ draftId, token, refreshKey }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setEntries(await api<ActivityEntry[]>(`/api/drafts/${encodeURIComponent(draftId)}/activity`, { token, signal, keep: true }));
        setError(null);
      } catch (caught) {
        if (!signal?.aborted) setError(errorMessage(caught));
      }
    },
    [draftId, token],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, refreshKey]);

  return (
    <section aria-labelledby={`${id}-heading`} className="activity">
      <h2 id={`${id}-heading`}>{t('activity.heading')}</h2>
      <ErrorMessage message={error} />
      {entries !== null &&
        (entries.length === 0 ? (
          <p className="muted">{t('activity.none')}</p>
        ) : (
          <ol className="activity-list">
            {entries.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                <span className="activity-what">{activityLine(entry, t)}</span>{' '}
                <time className="muted" dateTime={entry.at}>
                  {fullDate(entry.at)}
                </time>
              </li>
            ))}
          </ol>
        ))}
      <button type="button" className="secondary" onClick={() => void load()}>
        {t('activity.refresh')}
      </button>
    </section>
  );
}
