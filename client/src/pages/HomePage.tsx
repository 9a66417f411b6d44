import { useState } from 'react';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { InviteLinks } from './InviteLinks';
import { StartedHere } from './StartedHere';
import { YourInitiatives } from './YourInitiatives';
import { useTranslation } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';
import { keepStarted, type StartedInitiative } from '../startedInitiatives';

/** `/`: start an initiative, then hand out its four invite links, kept on this device. */
export function HomePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<StartedInitiative | null>(null);
  useDocumentTitle(created ? t('invites.title', { name: created.name }) : null);

  return (
    <>
      <h1 tabIndex={-1}>{t('homePage.title')}</h1>
      <p className="lead">{t('tagline')}</p>
      {created ? (
        <section aria-labelledby="invites-heading">
          <h2 id="invites-heading">{t('invites.title', { name: created.name })}</h2>
          <InviteLinks started={created} fresh />
        </section>
      ) : (
        <>
          <p>{t('homePage.intro')}</p>
          <CreateInitiativeForm onCreated={(name, place, result) => setCreated(keepStarted(name, place, result))} />
          <StartedHere />
          <YourInitiatives />
        </>
      )}
    </>
  );
}
