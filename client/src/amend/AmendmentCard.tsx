import { useTranslation } from '../i18n';
import { AMENDMENT_STANCES, authorName, type Amendment, type AmendmentStance } from '@charter/shared';
import { AmendmentTally } from './AmendmentTally';
import { DecisionForm } from './DecisionForm';
import { StanceForm } from './StanceForm';
import { WordDiff } from '../ui/WordDiff';

export interface AmendmentPowers {
  /** This person may take a stance (a person, not a viewer). */
  stand: boolean;
  /** This person decides (a facilitator). */
  decide: boolean;
  /** The id of this person, to let them withdraw what they proposed. */
  me: string | null;
}

interface Props {
  amendment: Amendment;
  /** The clause's words now, to show when they are no longer the amendment's base. */
  clauseText: string;
  powers: AmendmentPowers;
  /** The reader's token, to ask for the tally by community. */
  token: string;
  /** The room is discussing this amendment now. */
  discussing: boolean;
  /** For facilitators: put this amendment up for discussion (true) or end it (false). */
  onDiscuss?: (on: boolean) => void;
  onStand(stance: AmendmentStance, reason: string): Promise<unknown>;
  onAccept(note: string, override: string): Promise<unknown>;
  onDecline(note: string): Promise<unknown>;
  onWithdraw(): Promise<unknown>;
  /** Open the proposal form again with these words, against the clause as it is now. */
  onRebase(text: string): void;
}

/** One amendment: its words against the clause's, the stances, the reasons, and what can be done with it. */
export function AmendmentCard(props: Props) {
  const { amendment: a, clauseText, powers, token, discussing, onDiscuss, onStand, onAccept, onDecline, onWithdraw, onRebase } = props;
  const { t } = useTranslation();
  const open = a.status === 'open';
  const changed = open && clauseText !== a.baseText;
  const mine = powers.me !== null && a.author?.id === powers.me;
  const name = (author: Amendment['author']) => authorName(author) ?? t('amend.anonymous');

  return (
    <li className={`amendment amendment-${a.status}${discussing ? ' amendment-discussing' : ''}`} data-amendment-id={a.id}>
      <p className="amendment-meta">
        <span className={`amendment-status status-${a.status}`}>{t('amend.statusLabel', { status: t(`amend.status.${a.status}`) })}</span>{' '}
        · {t('amend.by', { name: name(a.author) })}
        {discussing && <span className="tag amendment-now"> {t('session.label')}</span>}
      </p>
      <WordDiff before={a.baseText} after={a.text} label={t('amend.diffLabel')} />
      {a.rationale && <p className="amendment-rationale">{a.rationale}</p>}
      <p className="amendment-tally">
        <span className="visually-hidden">{t('amend.tally')}: </span>
        {AMENDMENT_STANCES.map((stance) => (
          <span key={stance} className={`tally tally-${stance}`}>
            {t(`amend.stance.${stance}`)} {a.stances[stance]}
          </span>
        ))}
      </p>
      <AmendmentTally token={token} amendment={a} />
      {a.reasons.length > 0 && (
        <>
          <h5>{t('amend.reasons')}</h5>
          <ul className="amendment-reasons">
            {a.reasons.map((r, index) => (
              <li key={index}>
                <strong>{t(`amend.stance.${r.stance}`)}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.decision && a.status !== 'withdrawn' && (
        <div className="amendment-decision">
          <p>{t('amend.decidedBy', { name: name(a.decision.by) })}</p>
          {a.decision.note && <p>{t('amend.noteShown', { note: a.decision.note })}</p>}
          {a.decision.override && <p>{t('amend.overridden', { reason: a.decision.override })}</p>}
        </div>
      )}
      {changed && (
        <div className="notice">
          <p>{t('amend.clauseChanged')}</p>
          <blockquote>{clauseText}</blockquote>
          {mine && (
            <button type="button" className="secondary" onClick={() => onRebase(a.text)}>
              {t('amend.rebase')}
            </button>
          )}
        </div>
      )}
      {open && onDiscuss && (
        <p className="discuss-action">
          <button type="button" className={discussing ? 'secondary' : undefined} onClick={() => onDiscuss(!discussing)}>
            {discussing ? t('session.stop') : t('amend.discuss')}
          </button>
        </p>
      )}
      {open && powers.stand && <StanceForm onStand={onStand} />}
      {open && powers.decide && <DecisionForm blocked={a.stances.block > 0} onAccept={onAccept} onDecline={onDecline} />}
      {open && mine && (
        <button type="button" className="secondary" onClick={() => void onWithdraw().catch(() => {})}>
          {t('amend.withdraw')}
        </button>
      )}
    </li>
  );
}
