import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { canManage, canSaveVersion, type Draft, type DraftDiff, type Session, type VersionSummary } from '@charter/shared';
import { useTranslation } from '../i18n';
import { errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { CompareForm } from './CompareForm';
import { DiffView } from './DiffView';
import { compare, listVersions, restoreVersion } from './historyApi';
import { SaveVersionForm } from './SaveVersionForm';
import { VersionList } from './VersionList';
import { VersionText } from './VersionText';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

type Shown = { kind: 'version'; version: VersionSummary } | { kind: 'diff'; from: string; to: string; diff: DraftDiff | null } | null;

/** The history page: save a version, the list of versions, one opened read-only, and the comparison of two. */
export function HistoryView({ token, draft, session }: Props) {
  const { t } = useTranslation();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [shown, setShown] = useState<Shown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shownHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(() => {
    listVersions(draft.id, token).then(setVersions, (caught: unknown) => setError(errorMessage(caught)));
  }, [draft.id, token]);
  useEffect(reload, [reload]);
  // Whatever was opened, the reader (and a screen reader) goes to it, before the next paint (a key pressed at once lands there).
  useLayoutEffect(() => shownHeading.current?.focus(), [shown?.kind, shown && (shown.kind === 'version' ? shown.version.id : `${shown.from}:${shown.to}`)]);

  const nameOf = (side: string) => {
    if (side === 'current') return t('history.now');
    const version = versions?.find((v) => v.id === side);
    return version ? t('history.versionTitle', { number: version.number, name: version.name }) : side;
  };

  function showDiff(from: string, to: string) {
    setError(null);
    setShown({ kind: 'diff', from, to, diff: null });
    compare(draft.id, token, from, to).then(
      (diff) => setShown((now) => (now?.kind === 'diff' && now.from === from && now.to === to ? { ...now, diff } : now)),
      (caught: unknown) => setError(errorMessage(caught)),
    );
  }

  async function restore(version: VersionSummary) {
    setBusy(true);
    setError(null);
    try {
      const { saved } = await restoreVersion(draft.id, token, version.id);
      setStatus(t('history.restored', { number: version.number, name: version.name, saved: saved.number }));
      reload();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="history" aria-labelledby="history-title">
      <nav className="breadcrumb review-nav">
        <Link to={`/join/${encodeURIComponent(token)}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}`}>{t('review.openEditor')}</Link>
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/review`}>{t('draft.reviewLink')}</Link>
      </nav>
      <h1 id="history-title" tabIndex={-1}>
        {t('history.title', { title: draft.title })}
      </h1>
      <p className="lead">{t('history.intro')}</p>
      {canSaveVersion(session.role) && (
        <SaveVersionForm
          draftId={draft.id}
          token={token}
          onSaved={(saved) => setVersions((list) => [saved, ...(list ?? [])])}
        />
      )}
      <p role="status" className="copy-status">
        {status}
      </p>
      <ErrorMessage message={error} />
      {versions === null ? (
        !error && <p role="status">{t('loading')}</p>
      ) : (
        <div className="history-columns">
          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t('history.versionsHeading')}</h2>
            <CompareForm key={versions.length} versions={versions} onCompare={showDiff} />
            <VersionList
              versions={versions}
              mayRestore={canManage(session.role) && draft.status === 'drafting'}
              busy={busy}
              onOpen={(version) => setShown({ kind: 'version', version })}
              onCompareWithNow={(version) => showDiff(version.id, 'current')}
              onRestore={(version) => void restore(version)}
            />
          </section>
          {shown && (
            <section aria-labelledby="shown-heading" className="history-shown">
              <h2 id="shown-heading" ref={shownHeading} tabIndex={-1}>
                {shown.kind === 'version'
                  ? t('history.versionTitle', { number: shown.version.number, name: shown.version.name })
                  : t('history.diffTitle', { from: nameOf(shown.from), to: nameOf(shown.to) })}
              </h2>
              {shown.kind === 'version' ? (
                <VersionText draftId={draft.id} token={token} version={shown.version} />
              ) : shown.diff ? (
                <DiffView clauses={shown.diff.clauses} token={token} initiativeId={draft.initiativeId} />
              ) : (
                !error && <p role="status">{t('loading')}</p>
              )}
            </section>
          )}
        </div>
      )}
    </article>
  );
}
