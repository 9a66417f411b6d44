import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { canManage, type DraftSummary, type Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { forgetToken, rememberToken } from '../tokens';
import { InviteManager } from '../facilitate/InviteManager';
import { DraftList } from './DraftList';
import { NewDraftForm } from './NewDraftForm';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../useDocumentTitle';

type State =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; session: Session; drafts: DraftSummary[] };

/** `/join/:token`: take an invite, remember it, and show the initiative's drafts. */
export function JoinPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ kind: 'loading' });
  useDocumentTitle(state.kind === 'ready' ? state.session.initiative.name : null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const session = await api<Session>('/api/session', { token, signal, keep: true });
        rememberToken({
          token,
          initiativeId: session.initiative.id,
          role: session.role,
          initiativeName: session.initiative.name,
        });
        const drafts = await api<DraftSummary[]>(
          `/api/initiatives/${encodeURIComponent(session.initiative.id)}/drafts`,
          { token, signal, keep: true },
        );
        setState({ kind: 'ready', session, drafts });
      } catch (error) {
        if (signal?.aborted) return;
        if (error instanceof ApiFailure && error.status === 401) {
          forgetToken(token);
          setState({ kind: 'invalid' });
        } else {
          setState({ kind: 'error', message: errorMessage(error) });
        }
      }
    },
    [token],
  );

  useEffect(() => {
    setState({ kind: 'loading' });
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'invalid' || state.kind === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>{state.kind === 'invalid' ? t('errors.inviteInvalid') : state.message}</h1>
        {state.kind === 'invalid' && <p>{t('errors.inviteInvalidHelp')}</p>}
        <p>
          <Link to="/">{t('errors.goHome')}</Link>
        </p>
      </>
    );
  }

  const { session, drafts } = state;
  const manage = canManage(session.role);
  return (
    <>
      <h1 tabIndex={-1}>{session.initiative.name}</h1>
      <p className="lead">{session.initiative.place}</p>
      <p className="role-line">
        {t('join.yourRole', { role: t(`roles.${session.role}`) })}.{' '}
        <span className="muted">{t(`roleDoes.${session.role}`)}</span>
      </p>
      <p className="needs-link">
        <Link to={`/join/${encodeURIComponent(token)}/needs`}>{t('join.needsLink')}</Link>
        <br />
        <span className="muted">{t('join.needsLinkHint')}</span>
      </p>
      <DraftList drafts={drafts} token={token} emptyText={manage ? t('join.noDraftsFacilitator') : t('join.noDrafts')} />
      {manage && <NewDraftForm initiativeId={session.initiative.id} token={token} />}
      {manage && (
        <InviteManager
          session={session}
          token={token}
          onOwnLinkReplaced={(next) => navigate(`/join/${encodeURIComponent(next)}`, { replace: true })}
        />
      )}
    </>
  );
}
