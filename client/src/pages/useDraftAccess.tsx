import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { findAccess, type DraftAccess } from './draftAccess';
import { strings } from '../strings';

/** The stored invite that opens this draft, looked up again when the id changes. */
export function useDraftAccess(draftId: string): DraftAccess {
  const [state, setState] = useState<DraftAccess>({ kind: 'loading' });
  useEffect(() => {
    setState({ kind: 'loading' });
    const controller = new AbortController();
    findAccess(draftId, controller.signal).then(setState, () => {
      // Aborted: the page changed.
    });
    return () => controller.abort();
  }, [draftId]);
  return state;
}

/** What a draft page shows until it has access: loading, or why not. */
export function NoAccess({ state }: { state: Exclude<DraftAccess, { kind: 'ready' }> }) {
  if (state.kind === 'loading') return <p role="status">{strings.loading}</p>;
  return (
    <>
      <h1 tabIndex={-1}>{state.kind === 'none' ? strings.errors.draftNoAccess : state.message}</h1>
      {state.kind === 'none' && <p>{strings.errors.draftNoAccessHelp}</p>}
      <p>
        <Link to="/">{strings.errors.goHome}</Link>
      </p>
    </>
  );
}
