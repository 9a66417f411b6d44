import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { findAccess, type DraftAccess } from './draftAccess';
import { clearLocalCopies } from '../collab/localCopy';
import { useTranslation } from 'react-i18next';

/** The stored invite that opens this draft, looked up again when the id changes. */
export function useDraftAccess(draftId: string): DraftAccess {
  const [state, setState] = useState<DraftAccess>({ kind: 'loading' });
  useEffect(() => {
    setState({ kind: 'loading' });
    const controller = new AbortController();
    findAccess(draftId, controller.signal).then((access) => {
      // No stored invite opens the draft any more: its copy on this device goes.
      if (access.kind === 'none') void clearLocalCopies(draftId);
      setState(access);
    }, () => {
      // Aborted: the page changed.
    });
    return () => controller.abort();
  }, [draftId]);
  return state;
}

/** What a draft page shows until it has access: loading, or why not. */
export function NoAccess({ state }: { state: Exclude<DraftAccess, { kind: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  return (
    <>
      <h1 tabIndex={-1}>{state.kind === 'none' ? t('errors.draftNoAccess') : state.message}</h1>
      {state.kind === 'none' && <p>{t('errors.draftNoAccessHelp')}</p>}
      <p>
        <Link to="/">{t('errors.goHome')}</Link>
      </p>
    </>
  );
}
