import { useEffect, useId, useState } from 'react';
import type { Draft, DraftDiff } from '@charter/shared';
import { useTranslation } from '../i18n';
import { errorMessage } from '../api';
import { fullDate } from '../format';
import { Outcome } from '../ui/Outcome';
import { DiffView } from './DiffView';
import { compare, lastReviewed, markReviewed } from './historyApi';

interface Props {
  draft: Draft;
  /** A personal token: the mark is this person's own. */
  token: string;
}

/**
 * On the review page: "I have reviewed this" marks the text as read by this
 * person; "Changes since I last reviewed" shows only what changed since.
 */
export function SinceReviewed({ draft, token }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [at, setAt] = useState<string | null | undefined>(undefined);
  const [diff, setDiff] = useState<DraftDiff | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    lastReviewed(draft.id, token, controller.signal).then(
      (mark) => setAt(mark.at),
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(caught));
      },
    );
    return () => controller.abort();
  }, [draft.id, token]);

  async function mark() {
    setBusy(true);
    setError(null);
    try {
      const marked = await markReviewed(draft.id, token);
      setAt(marked.at);
      setDiff(null);
      setStatus(t('history.markedReviewed'));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  async function showChanges() {
    setBusy(true);
    setError(null);
    try {
      setDiff(await compare(draft.id, token, 'reviewed', 'current'));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card since-reviewed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('history.reviewedHeading')}</h2>
      <p className="muted">{at ? t('history.lastReviewed', { date: fullDate(at) }) : at === null ? t('history.neverReviewed') : ''}</p>
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void mark()}>
          {t('history.markReviewed')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void showChanges()}>
          {t('history.sinceReviewed')}
        </button>
      </div>
      <Outcome status={status} error={error} />
      {diff && <DiffView clauses={diff.clauses} changedOnly token={token} initiativeId={draft.initiativeId} />}
    </section>
  );
}
