import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { findAccess, type DraftAccess } from './draftAccess';
import { clearLocalCopies } from '../collab/localCopy';
import { useTranslation } from '../i18n';

/**
 * The stored token that opens this draft, looked up again when the id changes
 * or when `reload` is called (a person just joined: their own token now opens it).
 */
export function useDraftAccess(draftId: string): [DraftAccess, () => void] {
  const [state, setState] = useState<DraftAccess>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    findAccess(draftId, controller.signal).then((access) => {
      // No stored token opens the draft any more: its copy on this device goes.
      if (access.kind === 'none' || access.kind === 'removed') void clearLocalCopies(draftId);
      setState(access);
    }, () => {
      // Aborted: the page changed.
    });
    return () => controller.abort();
  }, [draftId, round]);
  useEffect(() => setState({ kind: 'loading' }), [draftId]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [state, reload];
}

/** What a draft page shows until it has access: loading, or why not. */
export function NoAccess({ state }: { state: Exclude<DraftAccess, { kind: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  let title = t('errors.draftNoAccess');
  if (state.kind === 'removed') title = t('people.removed');
  else if (state.kind === 'error') title = state.message;
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {state.kind === 'none' && <p>{t('errors.draftNoAccessHelp')}</p>}
      {state.kind === 'removed' && <p>{t('people.removedHelp')}</p>}
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </>
  );
}
