import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { Amendment } from '@charter/shared';
import { AmendmentCard, type AmendmentPowers } from './AmendmentCard';
import { acceptAmendment, declineAmendment, proposeAmendment, takeStance, withdrawAmendment } from './amendApi';
import { ProposeForm } from './ProposeForm';

interface Props {
  token: string;
  draftId: string;
  clauseId: string;
  clauseNumber: number;
  clauseText: string;
  /** Every amendment of the draft (this section shows the clause's own). */
  amendments: readonly Amendment[];
  /** May this person propose now (a person, not a viewer, and the draft not adopted)? */
  mayPropose: boolean;
  /** Why this person cannot propose or stand, when it is that they have not joined by name. */
  needPerson: boolean;
  powers: AmendmentPowers;
  /** The amendment the room is discussing now, if any. */
  discussedId: string | null;
  /** For facilitators: put an amendment up for discussion (null ends it). */
  onDiscuss?: (amendmentId: string | null) => void;
}

/** A clause's amendments in its notes panel: "Propose new wording", then each amendment, newest first. */
export function AmendmentsSection(props: Props) {
  const { t } = useTranslation();
  const { token, draftId, clauseId, clauseNumber, clauseText, powers } = props;
  const [proposing, setProposing] = useState<string | null>(null);
  const own = props.amendments.filter((a) => a.clauseId === clauseId).reverse();

  return (
    <section className="amendments" aria-labelledby="amendments-heading">
      <h3 id="amendments-heading">{t('amend.heading')}</h3>
      {props.needPerson && <p className="muted">{t('amend.needPerson')}</p>}
      {props.mayPropose &&
        (proposing === null ? (
          <button type="button" onClick={() => setProposing(clauseText)}>
            {t('amend.propose')}
          </button>
        ) : (
          <ProposeForm
            clauseNumber={clauseNumber}
            initialText={proposing}
            onPropose={(text, rationale) => proposeAmendment(token, draftId, clauseId, text, rationale)}
            onClose={() => setProposing(null)}
          />
        ))}
      {own.length === 0 ? (
        <p className="muted">{t('amend.none')}</p>
      ) : (
        <ul className="amendment-list">
          {own.map((a) => (
            <AmendmentCard
              key={a.id}
              amendment={a}
              clauseText={clauseText}
              powers={powers}
              token={token}
              discussing={props.discussedId === a.id}
              onDiscuss={props.onDiscuss && ((on) => props.onDiscuss?.(on ? a.id : null))}
              onStand={(stance, reason) => takeStance(token, a.id, stance, reason)}
              onAccept={(note, override) => acceptAmendment(token, a.id, { ...(note ? { note } : {}), ...(override ? { override } : {}) })}
              onDecline={(note) => declineAmendment(token, a.id, note)}
              onWithdraw={() => withdrawAmendment(token, a.id)}
              onRebase={(text) => setProposing(text)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
