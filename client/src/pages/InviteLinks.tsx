import { Link } from 'react-router-dom';
import { ROLES, type Invite, type Role } from '@charter/shared';
import { CopyField } from './CopyField';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  invites: Record<Role, Invite>;
}

/**
 * The address this page was reached at is one the people in the room can reach
 * too, whereas the server may only know the interface it is bound to (0.0.0.0
 * on a LAN), so links are built from the page's own origin.
 */
function inviteUrl(token: string): string {
  return `${window.location.origin}/join/${encodeURIComponent(token)}`;
}

/** The four invite links of a new initiative, each with a Copy button. */
export function InviteLinks({ name, invites }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="invites-heading" className="invites">
      <h2 id="invites-heading">{t('invites.title', { name })}</h2>
      <p>{t('invites.intro')}</p>
      <ul className="invite-list">
        {ROLES.map((role) => (
          <li key={role} className="card" data-role={role}>
            <h3>{t(`roles.${role}`)}</h3>
            <p>{t(`roleDoes.${role}`)}</p>
            <CopyField
              label={t('invites.linkLabel', { role: t(`roles.${role}`) })}
              copyLabel={t('invites.copyLabel', { role: t(`roles.${role}`) })}
              value={inviteUrl(invites[role].token)}
            />
          </li>
        ))}
      </ul>
      <p>{t('invites.keepSafe')}</p>
      <p>
        <Link className="button" to={`/join/${encodeURIComponent(invites.facilitator.token)}`}>
          {t('invites.openAsFacilitator')}
        </Link>
      </p>
    </section>
  );
}
