import { useState } from 'react';
import type { CreatedInitiative } from '@charter/shared';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { InviteLinks } from './InviteLinks';
import { YourInitiatives } from './YourInitiatives';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../useDocumentTitle';

/** `/`: start an initiative, then hand out its four invite links. */
export function HomePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ name: string; result: CreatedInitiative } | null>(null);
  useDocumentTitle(created ? t('invites.title', { name: created.name }) : null);

  return (
    <>
      <h1 tabIndex={-1}>{t('homePage.title')}</h1>
      <p className="lead">{t('tagline')}</p>
      {created ? (
        <InviteLinks name={created.name} invites={created.result.invites} />
      ) : (
        <>
          <p>{t('homePage.intro')}</p>
          <CreateInitiativeForm onCreated={(name, result) => setCreated({ name, result })} />
          <YourInitiatives />
        </>
      )}
    </>
  );
}
