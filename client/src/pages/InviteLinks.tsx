import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ROLES } from '@charter/shared';
import { CopyField } from '../ui/CopyField';
import { useTranslation } from '../i18n';
import { markSaved, type StartedInitiative } from '../startedInitiatives';
import { downloadInviteSheet, inviteUrl } from '../ui/inviteSheet';

interface Props {
  started: StartedInitiative;
  /** Just started on this visit: say so, and warn before the page is left with the links not yet saved. */
  fresh?: boolean;
}

/**
 * The four invite links of an initiative started here, each with a Copy button,
 * and a download and a print of all four: the server keeps only their hashes,
 * so a link lost is a link to replace.
 */
export function InviteLinks({ started, fresh = false }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(started.saved);
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!fresh || saved) return;
    // The browser asks "Leave site?" in its own words; the text here is not shown by any of them.
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [fresh, saved]);

  useEffect(() => {
    if (!printing) return;
    // Printed once React has marked this section as the one to print (see styles.css).
    window.print();
    setPrinting(false);
    keep();
  }, [printing]);

  function keep() {
    markSaved(started.id);
    setSaved(true);
  }

  return (
    <div className={printing ? 'invites print-target' : 'invites'}>
      <p className="print-only">
        <strong>{t('invites.title', { name: started.name })}</strong> ({started.place})
      </p>
      <p>{t('invites.intro')}</p>
      <p className={saved ? 'hint' : 'notice'}>{saved ? t('invites.keptHere') : t('invites.saveThem')}</p>
      <div className="form-actions">
        <button
          type="button"
          className={saved ? 'secondary' : undefined}
          onClick={() => {
            downloadInviteSheet(started, t);
            keep();
          }}
        >
          {t('invites.download')}
        </button>
        <button type="button" className="secondary" onClick={() => setPrinting(true)}>
          {t('invites.print')}
        </button>
      </div>
      <ul className="invite-list">
        {ROLES.map((role) => (
          <li key={role} className="card" data-role={role}>
            <h3>{t(`roles.${role}`)}</h3>
            <p>{t(`roleDoes.${role}`)}</p>
            <CopyField
              label={t('invites.linkLabel', { role: t(`roles.${role}`) })}
              copyLabel={t('invites.copyLabel', { role: t(`roles.${role}`) })}
              value={inviteUrl(started.invites[role])}
            />
            <p className="print-only">{inviteUrl(started.invites[role])}</p>
          </li>
        ))}
      </ul>
      <p>{t('invites.keepSafe')}</p>
      <p>
        <Link className={saved ? 'button' : 'button secondary'} to={`/join/${encodeURIComponent(started.invites.facilitator)}`}>
          {t('invites.openAsFacilitator')}
        </Link>
      </p>
    </div>
  );
}
