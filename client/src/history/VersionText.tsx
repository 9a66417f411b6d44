import { useEffect, useState } from 'react';
import type { Clause, VersionSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ExportButtons } from '../review/ExportButtons';
import { versionClauses } from './historyApi';

interface Props {
  draftId: string;
  token: string;
  version: VersionSummary;
}

/** A saved version, read-only: its clauses with their counts of notes, and its downloads. */
export function VersionText({ draftId, token, version }: Props) {
  const { t } = useTranslation();
  const [clauses, setClauses] = useState<Clause[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setClauses(null);
    versionClauses(draftId, token, version.id, controller.signal).then(setClauses, (caught: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(caught));
    });
    return () => controller.abort();
  }, [draftId, token, version.id]);

  return (
    <>
      <p className="notice">{t('history.readOnly')}</p>
      <ExportButtons draftId={draftId} token={token} versionId={version.id} />
      <ErrorMessage message={error} />
      {clauses === null ? (
        !error && <p role="status">{t('loading')}</p>
      ) : clauses.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <ol className="version-text">
          {clauses.map((clause) => (
            <li key={clause.id}>
              <p>{clause.text || t('review.emptyClause')}</p>
              {clause.principles.length + clause.needs.length + clause.comments > 0 && (
                <p className="muted">
                  {t('history.notesCount', { principles: clause.principles.length, needs: clause.needs.length, comments: clause.comments })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
