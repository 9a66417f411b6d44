import { useId, useRef, useState } from 'react';
import { ROLES, type Invite, type Role, type Session } from '@charter/shared';
import { errorMessage } from '../api';
import { fullDate } from '../format';
import { CopyField } from '../ui/CopyField';
import { inviteUrl } from '../ui/inviteSheet';
import { ErrorMessage } from '../ui/ErrorMessage';
import { replaceOwnInvite } from '../tokens';
import { replaceStartedInvite } from '../startedInitiatives';
import { useTranslation } from '../i18n';
import { replaceInvite } from './facilitateApi';
import { Confirm } from '../ui/Confirm';

interface Props {
  session: Session;
  /** The facilitator's own token, which authorises the replacement. */
  token: string;
  /**
   * The facilitator replaced their own role's link: this device already
   * remembers the new invite (a person who joined keeps their own token);
   * the page should carry on with it.
   */
  onOwnLinkReplaced(token: string): void;
}

/**
 * Replace any role's invite link. The server stores only a hash of each token,
 * so existing links cannot be shown again; a replacement is the way to hand a
 * link out anew, or to shut out a link that went to the wrong people.
 */
export function InviteManager({ session, token, onOwnLinkReplaced }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [links, setLinks] = useState<Partial<Record<Role, Invite>>>({});
  /** How many days the next link works; 0: until it is replaced. */
  const [days, setDays] = useState(0);
  const [confirming, setConfirming] = useState<Role | null>(null);
  const [busy, setBusy] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
  const buttons = useRef(new Map<Role, HTMLButtonElement>());

  async function replace(role: Role) {
    setConfirming(null);
    setBusy(role);
    setError(null);
    try {
      const expiresAt = days > 0 ? new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString() : undefined;
      const invite = await replaceInvite(session.initiative.id, token, role, expiresAt);
      setLinks((current) => ({ ...current, [role]: invite }));
      // The start page of the browser that started the initiative shows the link that works now.
      replaceStartedInvite(session.initiative.id, role, invite.token);
      if (role === session.role) {
        replaceOwnInvite(session.initiative.id, invite.token, {
          token: invite.token,
          initiativeId: session.initiative.id,
          role,
          initiativeName: session.initiative.name,
        });
        onOwnLinkReplaced(invite.token);
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
      // The confirmation that held focus is gone: back to this role's button.
      requestAnimationFrame(() => buttons.current.get(role)?.focus());
    }
  }

  function cancel(role: Role) {
    setConfirming(null);
    requestAnimationFrame(() => buttons.current.get(role)?.focus());
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="invite-manager">
      <h2 id={`${id}-heading`}>{t('facilitate.invitesHeading')}</h2>
      <p>{t('facilitate.invitesIntro')}</p>
      <ErrorMessage message={error} />
      <ul className="invite-list">
        {ROLES.map((role) => {
          const link = links[role];
          return (
            <li key={role} className="card" data-role={role}>
              <h3>{t(`roles.${role}`)}</h3>
              <p>{t(`roleDoes.${role}`)}</p>
              {link && (
                <>
                  <p role="status">{t('facilitate.replaced')}</p>
                  <CopyField
                    label={t('facilitate.newLink', { role: t(`roles.${role}`) })}
                    copyLabel={t('invites.copyLabel', { role: t(`roles.${role}`) })}
                    value={inviteUrl(link.token)}
                  />
                  {link.expiresAt && <p>{t('facilitate.worksUntil', { date: fullDate(link.expiresAt) })}</p>}
                </>
              )}
              {confirming === role ? (
                <Confirm
                  id={`${id}-${role}-confirm`}
                  question={
                    <>
                      {t('facilitate.confirmReplace')}
                      {role === session.role && ` ${t('facilitate.confirmReplaceOwn')}`}
                    </>
                  }
                  confirmLabel={t('facilitate.confirmReplaceYes')}
                  cancelLabel={t('facilitate.cancel')}
                  onConfirm={() => void replace(role)}
                  onCancel={() => cancel(role)}
                  focusConfirm={false}
                >
                  <div className="field">
                    <label htmlFor={`${id}-${role}-expiry`}>{t('facilitate.expiryLabel')}</label>
                    <select id={`${id}-${role}-expiry`} autoFocus value={days} onChange={(event) => setDays(Number(event.target.value))}>
                      {[0, 1, 7, 30].map((option) => (
                        <option key={option} value={option}>
                          {option === 0 ? t('facilitate.expiryNever') : option === 1 ? t('facilitate.expiryOneDay') : t('facilitate.expiryDays', { n: String(option) })}
                        </option>
                      ))}
                    </select>
                  </div>
                </Confirm>
              ) : (
                <button
                  type="button"
                  className="secondary"
                  ref={(element) => {
                    if (element) buttons.current.set(role, element);
                    else buttons.current.delete(role);
                  }}
                  disabled={busy !== null}
                  onClick={() => setConfirming(role)}
                >
                  {busy === role ? t('facilitate.replacing') : t(`facilitate.replace.${role}`)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
