import { useState } from 'react';
import type { CreatedInitiative } from '@charter/shared';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { InviteLinks } from './InviteLinks';
import { YourInitiatives } from './YourInitiatives';
import { fill, strings } from '../strings';
import { useDocumentTitle } from '../useDocumentTitle';

/** `/`: start an initiative, then hand out its four invite links. */
export function HomePage() {
  const [created, setCreated] = useState<{ name: string; result: CreatedInitiative } | null>(null);
  useDocumentTitle(created ? fill(strings.invites.title, { name: created.name }) : null);

  return (
    <>
      <h1 tabIndex={-1}>{strings.homePage.title}</h1>
      <p className="lead">{strings.tagline}</p>
      {created ? (
        <InviteLinks name={created.name} invites={created.result.invites} />
      ) : (
        <>
          <p>{strings.homePage.intro}</p>
          <CreateInitiativeForm onCreated={(name, result) => setCreated({ name, result })} />
          <YourInitiatives />
        </>
      )}
    </>
  );
}
