import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { canWriteBody, canWriteNotes, type Draft, type Language, type Session } from '@charter/shared';
import { guestName, myColor, saveName, storedName } from '../collab/identity';
import { useCollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useNotesSession } from '../collab/useNotesSession';
import { useSessionDoc } from '../collab/useSessionDoc';
import type { PresenceUser } from '../collab/usePresence';
import { ReadingLanguage } from '../translate/ReadingLanguage';
import { TranslatedReading } from '../translate/TranslatedReading';
import { Workspace } from './Workspace';
import { useTranslation } from 'react-i18next';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

/** A draft open in the editor: heading, status, the shared text and who is here. */
export function DraftView({ token, draft, session }: Props) {
  const { t } = useTranslation();
  const collab = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const live = useSessionDoc(draft.id, token);
  const [chosen, setChosen] = useState(() => storedName());
  const [guest] = useState(guestName);
  const [color] = useState(myColor);
  const name = chosen ?? guest;
  const role = session.role;
  const [user, setUser] = useState<PresenceUser>(() => ({ name, color, role }));
  // Reading in another language shows the translations, read-only; the editor stays open beneath.
  const [reading, setReading] = useState<Language | null>(null);

  const onName = useCallback(
    (next: string) => {
      saveName(next);
      setChosen(next);
      setUser({ name: next, color, role });
    },
    [color, role],
  );

  const status = useDraftStatus(collab?.doc, draft.status);
  const mayWrite = canWriteBody(role);
  const locked = status !== 'drafting';
  const editable = mayWrite && !locked;
  // Notes stay open in review (officials comment then); adoption closes them too.
  let notesReadOnly: string | null = null;
  if (!canWriteNotes(role)) notesReadOnly = t('notes.readOnly');
  else if (status === 'adopted') notesReadOnly = t('notes.readOnlyAdopted');

  return (
    <article className="draft" aria-labelledby="draft-title">
      <p className="breadcrumb">
        <Link to={`/join/${encodeURIComponent(token)}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>{' '}
        <Link to={`/drafts/${encodeURIComponent(draft.id)}/translations`}>{t('translations.link')}</Link>
      </p>
      <h1 id="draft-title" tabIndex={-1}>
        {draft.title}
      </h1>
      <p className="draft-meta">
        {t('draft.meta', { kind: t(`kinds.${draft.kind}`), status: t(`statuses.${status}`) })} ·{' '}
        {t('translations.writtenIn', { language: t(`languages.${draft.language}`) })}
      </p>
      {!mayWrite && <p className="notice read-only-notice">{t('draft.readOnly')}</p>}
      {mayWrite && locked && (
        <p className="notice">{status === 'adopted' ? t('draft.lockedAdopted') : t('draft.lockedReview')}</p>
      )}
      <ReadingLanguage draftLanguage={draft.language} value={reading} onChange={setReading} />
      {reading && <TranslatedReading draft={draft} token={token} lang={reading} />}
      {collab && notes && live ? (
        <div hidden={reading !== null}>
          <Workspace
            draft={draft}
            token={token}
            collab={collab}
            notes={notes}
            session={live}
            user={user}
            author={session.participant ? { id: session.participant.id, name: session.participant.name } : null}
            editable={editable}
            notesReadOnly={notesReadOnly}
            name={name}
            askName={chosen === null}
            onName={onName}
          />
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </article>
  );
}
