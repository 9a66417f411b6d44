import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { authorName } from '@charter/shared';
import { WordDiff } from '../ui/WordDiff';
import type { Discussion } from './discussion';
import { SessionAnnouncer } from './SessionAnnouncer';
import { SessionTimer } from './SessionTimer';
import { followMeAt, stopDiscussing, stopFollowMe, type LiveSession } from './sessionMap';
import { useFollowFacilitator, useFollowPreference } from './useFollowFacilitator';
import { useLeadFollowMe } from './useLeadFollowMe';
import { useTranslation } from '../i18n';

interface Props {
  session: Y.Doc;
  live: LiveSession;
  /** What is discussed now: the clause, or an amendment to it. */
  discussion: Discussion | null;
  /** Facilitators run the session; everyone else sees it and may follow. */
  facilitator: boolean;
  editor: Editor | null;
  /** The clause this person's caret is in. */
  caretClause: string | null;
  /** Each clause's place in the text, from 1. */
  clauseNumbers: ReadonlyMap<string, number>;
  /** Where follow-me starts when the facilitator has not put the caret in the text yet. */
  firstClause: string | null;
  /** Open a clause's notes (where its amendments are). */
  onShowClause(clauseId: string): void;
  /**
   * Where the announcements are spoken from, when this panel may be hidden (a
   * phone's closed sheet): a region that is always in the page.
   */
  announcerHost?: HTMLElement | null;
}

/**
 * The live session, beside the text: the clause now discussed with its timer,
 * and follow-me. Facilitators change both; everyone else sees them and chooses
 * whether their view follows the facilitator.
 */
export function SessionPanel({ session, live, discussion, facilitator, editor, caretClause, clauseNumbers, firstClause, onShowClause, announcerHost }: Props) {
  const { t } = useTranslation();
  const [follow, setFollow] = useFollowPreference();
  // Follow-me is on while `followMe` is set, whoever set it: after a reload, or
  // with two facilitators, the box shows what the room sees.
  const followMeOn = live.followMe !== null;
  useLeadFollowMe(session, facilitator && followMeOn, caretClause);
  useFollowFacilitator(editor, live.followMe, !facilitator && follow);

  const discussedNumber = discussion ? (clauseNumbers.get(discussion.clauseId) ?? null) : null;
  const amendment = discussion?.amendment ?? null;
  const proposer = amendment ? (authorName(amendment.author) ?? t('amend.anonymous')) : null;
  // Said once per subject; an amendment not arrived yet is waited for, like the clause's number.
  const awaitingAmendment = live.nowDiscussing?.amendmentId !== undefined && amendment === null;
  const subject = !discussion || discussion.ended ? null : amendment ? `${discussion.clauseId} ${amendment.id}` : discussion.clauseId;
  const leaderNumber = live.followMe ? clauseNumbers.get(live.followMe.clauseId) : undefined;
  const startFrom = caretClause ?? firstClause;

  const toggleFollowMe = (on: boolean) => {
    if (!on) stopFollowMe(session);
    else if (startFrom !== null) followMeAt(session, startFrom);
  };

  return (
    <section className="session card" aria-labelledby="session-heading">
      <h2 id="session-heading">{t('session.title')}</h2>
      {discussion ? (
        <div className={amendment ? 'session-now session-amendment' : 'session-now'}>
          {discussion.ended && amendment ? (
            <p className="session-outcome">
              {t('session.amendmentOutcome', { n: discussedNumber ?? t('session.unknownClause'), status: t(`amend.status.${amendment.status}`) })}
            </p>
          ) : (
            <SessionTimer since={discussion.since} number={discussedNumber} amendment={amendment !== null} />
          )}
          {amendment && (
            <>
              <p>{t('session.amendmentBy', { name: proposer ?? '' })}</p>
              <WordDiff before={amendment.baseText} after={amendment.text} label={t('amend.diffLabel')} />
              <button type="button" className="link-button" onClick={() => onShowClause(amendment.clauseId)}>
                {t('session.showAmendment')}
              </button>
            </>
          )}
          {facilitator && (
            <button type="button" className="secondary" onClick={() => stopDiscussing(session)}>
              {discussion.ended ? t('session.clear') : t('session.stop')}
            </button>
          )}
        </div>
      ) : (
        <p className="muted">{facilitator ? t('session.idleFacilitator') : t('session.idle')}</p>
      )}
      {announce(<SessionAnnouncer subject={subject} number={awaitingAmendment ? null : discussedNumber} proposer={proposer} />, announcerHost)}

      {facilitator ? (
        <div className="check session-follow">
          <input
            id="follow-me"
            type="checkbox"
            checked={followMeOn}
            disabled={!followMeOn && startFrom === null}
            aria-describedby="follow-me-hint"
            onChange={(event) => toggleFollowMe(event.target.checked)}
          />
          <label htmlFor="follow-me">{t('session.followMe')}</label>
          <p id="follow-me-hint" className="hint">
            {t('session.followMeHint')}
          </p>
        </div>
      ) : (
        <div className="check session-follow">
          <input
            id="follow-facilitator"
            type="checkbox"
            checked={follow}
            aria-describedby="follow-facilitator-hint"
            onChange={(event) => setFollow(event.target.checked)}
          />
          <label htmlFor="follow-facilitator">{t('session.follow')}</label>
          <p id="follow-facilitator-hint" className="hint session-leader">
            {leaderNumber === undefined ? t('session.notLeading') : t('session.leaderAt', { n: leaderNumber })}
          </p>
        </div>
      )}
    </section>
  );
}

/** The announcer in place, or in the host given for it. */
function announce(announcer: ReactNode, host: HTMLElement | null | undefined) {
  return host ? createPortal(announcer, host) : announcer;
}
