import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { canManage } from '@charter/shared';
import { forgetPerson, joinedWith } from '../tokens';
import { InviteManager } from '../facilitate/InviteManager';
import { Roster } from '../facilitate/Roster';
import { JoinForm } from '../people/JoinForm';
import { DraftList } from './DraftList';
import { NewDraftForm } from './NewDraftForm';
import { openJoin, type JoinState } from './joinSession';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';

/**
 * `/join/:token`: take an invite, ask who is joining (or greet the person who
 * joined here before), and show the initiative's drafts.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [, navigate] = useLocation();
  const [state, setState] = useState<JoinState>({ kind: 'loading' });
  /** Joined on this visit: "Welcome", not "Welcome back". */
  const [justJoined, setJustJoined] = useState(false);
  /** After "not you?" the name field takes focus; after joining, the greeting. */
  const [focusAfter, setFocusAfter] = useState<'name' | 'welcome' | null>(null);
  const welcome = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(state.kind === 'ready' ? state.session.initiative.name : null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      openJoin(token, signal).then(setState, () => {
        // Aborted: the page changed.
      }),
    [token],
  );

  useEffect(() => {
    if (focusAfter !== 'welcome' || state.kind !== 'ready' || !state.person) return;
    welcome.current?.focus();
    // Once: the list read again later (a draft renamed, archived) must not take focus back here.
    setFocusAfter(null);
  }, [focusAfter, state]);

  useEffect(() => {
    setState({ kind: 'loading' });
    setJustJoined(false);
    setFocusAfter(null);
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind !== 'ready') {
    let title = t('errors.inviteInvalid');
    if (state.kind === 'removed') title = t('people.removed');
    else if (state.kind === 'error') title = state.message;
    return (
      <>
        <h1 tabIndex={-1}>{title}</h1>
        {state.kind === 'invalid' && <p>{t('errors.inviteInvalidHelp')}</p>}
        {state.kind === 'removed' && <p>{t('people.removedHelp')}</p>}
        <p>
          <Link to="/">{t('errors.goHome')}</Link>
        </p>
      </>
    );
  }

  const { session, drafts, person, invite } = state;
  const manage = canManage(session.role);

  function notYou() {
    const entry = joinedWith(token);
    if (entry) forgetPerson(entry);
    setJustJoined(false);
    setFocusAfter('name');
    void load();
  }

  return (
    <>
      <h1 tabIndex={-1}>{session.initiative.name}</h1>
      <p className="lead">{session.initiative.place}</p>
      {person ? (
        <p className="welcome" role="status" ref={welcome} tabIndex={-1}>
          {justJoined ? t('people.welcome', { name: person.name }) : t('people.welcomeBack', { name: person.name })}{' '}
          {invite && (
            <button type="button" className="link-button" onClick={notYou}>
              {t('people.notYou', { name: person.name })}
            </button>
          )}
        </p>
      ) : (
        invite && (
          <JoinForm
            invite={invite}
            session={session}
            intro={t('people.joinIntro')}
            autoFocus={focusAfter === 'name'}
            onJoined={() => {
              setJustJoined(true);
              setFocusAfter('welcome');
              void load();
            }}
          />
        )
      )}
      <p className="role-line">
        {t('join.yourRole', { role: t(`roles.${session.role}`) })}.{' '}
        <span className="muted">{t(`roleDoes.${session.role}`)}</span>
      </p>
      <p className="needs-link">
        <Link to={`/join/${encodeURIComponent(token)}/needs`}>{t('join.needsLink')}</Link>
        <br />
        <span className="muted">{t('join.needsLinkHint')}</span>
      </p>
      <DraftList
        drafts={drafts}
        token={state.token}
        emptyText={manage ? t('join.noDraftsFacilitator') : t('join.noDrafts')}
        manage={manage}
        onChanged={() => load()}
      />
      {manage && <NewDraftForm initiativeId={session.initiative.id} token={state.token} />}
      {manage && <Roster initiativeId={session.initiative.id} token={state.token} self={person?.id ?? null} />}
      {manage && (
        <InviteManager
          session={session}
          token={state.token}
          onOwnLinkReplaced={(next) => navigate(`/join/${encodeURIComponent(next)}`, { replace: true })}
        />
      )}
    </>
  );
}
