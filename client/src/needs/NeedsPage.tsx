import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../format';
import { Link, useParams } from 'wouter';
import { canRecordNeeds, type Need, type NeedBody, type Session } from '@charter/shared';
import { ApiFailure, api, errorMessage } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';
import { NeedFilters, type Filters } from './NeedFilters';
import { NeedForm } from './NeedForm';
import { NeedItem } from './NeedItem';
import { recordNeed, updateNeed } from './needsApi';
import { useNeeds } from './useNeeds';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';
import { joinToken, workingToken } from '../tokens';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; session: Session };

/** `/join/:token/needs`: the initiative's register of community needs. */
export function NeedsPage() {
  const { t } = useTranslation();
  const { token: addressToken = '' } = useParams();
  // The address names the invite; a person who joined through it works with their own token.
  const token = workingToken(addressToken);
  const [state, setState] = useState<State>({ kind: 'loading' });
  useDocumentTitle(t('needs.title'));

  useEffect(() => {
    const controller = new AbortController();
    api<Session>('/api/session', { token, signal: controller.signal }).then(
      (session) => setState({ kind: 'ready', session }),
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        const invalid = caught instanceof ApiFailure && caught.status === 401;
        setState({ kind: 'error', message: invalid ? t('errors.inviteInvalid') : errorMessage(caught) });
      },
    );
    return () => controller.abort();
  }, [token]);

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>{state.message}</h1>
        <p>
          <Link to="/">{t('errors.goHome')}</Link>
        </p>
      </>
    );
  }
  return <Register token={token} session={state.session} />;
}

function matches(need: Need, filters: Filters): boolean {
  if (need.archived && !filters.showArchived) return false;
  if (filters.community && !need.communities.includes(filters.community)) return false;
  return !filters.rightsArea || need.rightsAreas.includes(filters.rightsArea);
}

function Register({ token, session }: { token: string; session: Session }) {
  const { t } = useTranslation();
  const initiativeId = session.initiative.id;
  const { needs, error, refresh } = useNeeds(initiativeId, token);
  const [filters, setFilters] = useState<Filters>({ community: '', rightsArea: '', showArchived: false });
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const writable = canRecordNeeds(session.role);

  const communities = useMemo(
    () => [...new Set((needs ?? []).flatMap((need) => need.communities))].sort((a, b) => a.localeCompare(b)),
    [needs],
  );
  const newestFirst = useMemo(() => [...(needs ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)), [needs]);
  const shown = newestFirst.filter((need) => matches(need, filters));

  async function record(body: NeedBody) {
    await recordNeed(initiativeId, token, body);
    setStatus(t('needs.saved'));
    refresh();
  }

  async function change(need: Need, body: NeedBody | { archived: boolean }) {
    setActionError(null);
    try {
      await updateNeed(need.id, token, body);
      setStatus(t('needs.updated'));
      refresh();
    } catch (caught) {
      setActionError(errorMessage(caught));
      // The edit form shows its own error and stays open.
      if (!('archived' in body)) throw caught;
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/join/${encodeURIComponent(joinToken(token))}`}>{t('needs.backTo', { name: session.initiative.name })}</Link>
      </p>
      <h1 tabIndex={-1}>{t('needs.title')}</h1>
      <p className="lead">{t('needs.intro')}</p>
      {!writable && <p className="notice">{t('needs.readOnly')}</p>}
      <p role="status" className="copy-status">
        {status}
      </p>
      <ErrorMessage message={actionError ?? error} />
      {writable && <NeedForm heading={t('needs.record')} level={2} submitLabel={t('needs.save')} onSave={record} />}
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">{t('needs.listTitle')}</h2>
        <NeedFilters filters={filters} communities={communities} onChange={setFilters} />
        {needs === null ? (
          !error && <p role="status">{t('loading')}</p>
        ) : (
          <>
            <p className="muted">
              {t('needs.count', {
                shown: formatNumber(shown.length),
                total: formatNumber(needs.filter((n) => filters.showArchived || !n.archived).length),
              })}
            </p>
            {shown.length === 0 ? (
              <p>{needs.length === 0 ? t('needs.empty') : t('needs.noneMatch')}</p>
            ) : (
              <ul className="need-list">
                {shown.map((need) => (
                  <NeedItem
                    key={need.id}
                    need={need}
                    writable={writable}
                    onSave={(body) => change(need, body)}
                    onArchive={(archived) => change(need, { archived })}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
