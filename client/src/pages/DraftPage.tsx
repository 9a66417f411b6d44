import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Draft, Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { listTokens } from '../tokens';
import { DraftView } from '../editor/DraftView';
import { strings } from '../strings';
import { useDocumentTitle } from '../useDocumentTitle';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; token: string; draft: Draft; session: Session };

/**
 * Find which stored invite opens this draft: the first token the API answers
 * 200 for. Tokens of other initiatives answer 403, replaced ones 401.
 */
async function findAccess(draftId: string, signal: AbortSignal): Promise<State> {
  let lastError: unknown = null;
  for (const { token } of listTokens()) {
    try {
      const draft = await api<Draft>(`/api/drafts/${encodeURIComponent(draftId)}`, { token, signal });
      const session = await api<Session>('/api/session', { token, signal });
      return { kind: 'ready', token, draft, session };
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof ApiFailure && error.status >= 400 && error.status < 500) continue;
      lastError = error;
    }
  }
  return lastError ? { kind: 'error', message: errorMessage(lastError) } : { kind: 'none' };
}

/** `/drafts/:id`: the editor, once a stored invite opens the draft. */
export function DraftPage() {
  const { id = '' } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useDocumentTitle(state.kind === 'ready' ? state.draft.title : null);

  useEffect(() => {
    setState({ kind: 'loading' });
    const controller = new AbortController();
    findAccess(id, controller.signal).then(setState, () => {
      // Aborted: the page changed.
    });
    return () => controller.abort();
  }, [id]);

  if (state.kind === 'loading') return <p role="status">{strings.loading}</p>;
  if (state.kind !== 'ready') {
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
  return <DraftView key={`${state.draft.id}:${state.token}`} token={state.token} draft={state.draft} session={state.session} />;
}
