import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import type { RosterEntry } from '@charter/shared';
import { errorMessage } from '../api';
import { fullDate, relativeTime } from '../format';
import { ErrorMessage } from '../ui/ErrorMessage';
import { listParticipants, removeParticipant } from './facilitateApi';
import { Confirm } from '../ui/Confirm';

interface Props {
  initiativeId: string;
  /** The facilitator's token, which may read the roster and remove people. */
  token: string;
  /** The facilitator's own id when they joined as a person: they cannot remove themselves here. */
  self: string | null;
}

/**
 * Who has joined, for the facilitator: name, role, communities, when they
 * joined and were last here, whether they are here now; and removing one
 * person (after a confirmation), which cuts off nobody else.
 */
export function Roster({ initiativeId, token, self }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [people, setPeople] = useState<RosterEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  function cancel(personId: string) {
    setConfirming(null);
    requestAnimationFrame(() => buttons.current.get(personId)?.focus());
  }

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setPeople(await listParticipants(initiativeId, token, signal));
        setError(null);
      } catch (caught) {
        if (!signal?.aborted) setError(errorMessage(caught));
      }
    },
    [initiativeId, token],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  async function remove(person: RosterEntry) {
    setConfirming(null);
    setBusy(person.id);
    setError(null);
    try {
      await removeParticipant(person.id, token);
      setRemoved(person.name);
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
      // The person's card (and its button) is gone: back to the list's heading.
      requestAnimationFrame(() => heading.current?.focus());
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="roster">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('roster.heading')}
      </h2>
      <p>{t('roster.intro')}</p>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => void load()}>
          {t('roster.refresh')}
        </button>
      </div>
      <p role="status">{removed ? t('roster.removed', { name: removed }) : ''}</p>
      <ErrorMessage message={error} />
      {people === null ? (
        !error && <p className="muted">{t('loading')}</p>
      ) : people.length === 0 ? (
        <p className="muted">{t('roster.nobody')}</p>
      ) : (
        <ul className="roster-list">
          {people.map((person) => (
            <li key={person.id} className="card roster-person" data-participant-id={person.id}>
              <h3>
                {person.name}
                {person.id === self && <span className="muted"> {t('presence.you')}</span>}
              </h3>
              <p className="roster-presence" data-online={person.online}>
                <span aria-hidden="true">{person.online ? '● ' : '○ '}</span>
                {person.online ? t('roster.online') : t('roster.offline')}
              </p>
              <dl className="roster-facts">
                <dt>{t('roster.role')}</dt>
                <dd>{t(`roles.${person.role}`)}</dd>
                <dt>{t('roster.communities')}</dt>
                <dd>{person.communities.length ? person.communities.join(', ') : t('roster.noCommunities')}</dd>
                <dt>{t('roster.joined')}</dt>
                <dd>
                  <time dateTime={person.joinedAt}>{fullDate(person.joinedAt)}</time>
                </dd>
                <dt>{t('roster.lastHere')}</dt>
                <dd>
                  <time dateTime={person.lastSeenAt} title={fullDate(person.lastSeenAt)}>
                    {relativeTime(person.lastSeenAt)}
                  </time>
                </dd>
              </dl>
              {person.id !== self &&
                (confirming === person.id ? (
                  <Confirm
                    id={`${id}-${person.id}-confirm`}
                    question={t('roster.confirm', { name: person.name })}
                    confirmLabel={t('roster.confirmYes', { name: person.name })}
                    cancelLabel={t('roster.cancel')}
                    onConfirm={() => void remove(person)}
                    onCancel={() => cancel(person.id)}
                    danger
                  />
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy !== null}
                    ref={(element) => {
                      if (element) buttons.current.set(person.id, element);
                      else buttons.current.delete(person.id);
                    }}
                    onClick={() => setConfirming(person.id)}
                  >
                    {busy === person.id ? t('roster.removing') : t('roster.remove')}
                    <span className="visually-hidden"> {person.name}</span>
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
