import { useState } from 'react';
import { Link } from 'wouter';
import { canWriteBody, canWriteNotes, type Draft, type Language, type Session } from '@charter/shared';
import { myColor } from '../collab/identity';
import { useCollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useNotesSession } from '../collab/useNotesSession';
import { useSessionDoc } from '../collab/useSessionDoc';
import { useDecisionsDoc } from '../collab/useDecisionsDoc';
import type { PresenceUser } from '../collab/usePresence';
import { joinToken } from '../tokens';
import { ReadingLanguage } from '../translate/ReadingLanguage';
import { Workspace } from './Workspace';
import { JoinForm, TranslatedReading } from './deferred';
import { DraftPagesMenu } from './DraftPagesMenu';
import { useNarrow } from './useNarrow';
import { useTranslation } from '../i18n';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
  /** Someone joined by name on this page: open the draft again with their own token. */
  onJoined(): void;
}

/** A draft open in the editor: heading, status, the shared text and who is here. */
export function DraftView({ token, draft, session, onJoined }: Props) {
  const { t } = useTranslation();
  const collab = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const live = useSessionDoc(draft.id, token);
  const decisions = useDecisionsDoc(draft.id, token);
  const [color] = useState(myColor);
  const role = session.role;
  const person = session.participant ? { id: session.participant.id, name: session.participant.name } : null;
  // Until someone joins, this page holds an invite that names nobody: the others see "Anonymous".
  const [user] = useState<PresenceUser>(() => ({ name: person?.name ?? t('notes.anonymous'), color, role }));
  // Reading in another language shows the translations, read-only; the editor stays open beneath.
  const [reading, setReading] = useState<Language | null>(null);
  const narrow = useNarrow();
  const [joining, setJoining] = useState(false);

  const status = useDraftStatus(collab?.doc, draft.status);
  const mayWrite = canWriteBody(role);
  const locked = status !== 'drafting';
  // An invite kept from before people joined by name: ask who they are before they write.
  const mustJoin = person === null;
  const editable = mayWrite && !locked && !mustJoin;
  // Notes stay open in review (officials comment then); adoption closes them too.
  let notesReadOnly: string | null = null;
  if (!canWriteNotes(role)) notesReadOnly = t('notes.readOnly');
  else if (status === 'adopted') notesReadOnly = t('notes.readOnlyAdopted');
  else if (mustJoin) notesReadOnly = t('people.joinToWrite');

  const base = `/drafts/${encodeURIComponent(draft.id)}`;
  const pages = [
    { to: `${base}/coverage`, label: t('draft.coverageLink') },
    { to: `${base}/review`, label: t('draft.reviewLink') },
    { to: `${base}/history`, label: t('draft.historyLink') },
    { to: `${base}/participation`, label: t('participation.link') },
    { to: `${base}/translations`, label: t('translations.link') },
  ];
  const joinForm = (
    <JoinForm
      invite={token}
      session={session}
      intro={canWriteNotes(role) ? t('people.askBeforeWriting') : t('people.askToBeSeen')}
      autoFocus={narrow}
      onJoined={onJoined}
    />
  );

  return (
    <article className="draft" aria-labelledby="draft-title">
      <div className="draft-top">
        <p className="breadcrumb">
          <Link to={`/join/${encodeURIComponent(joinToken(token))}`}>{t('draft.backTo', { name: session.initiative.name })}</Link>
        </p>
        <DraftPagesMenu
          links={pages}
          narrow={narrow}
          extra={<ReadingLanguage draftLanguage={draft.language} value={reading} onChange={setReading} />}
        />
      </div>
      <h1 id="draft-title" tabIndex={-1} dir="auto">
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
      {mustJoin && !narrow && joinForm}
      {mustJoin && narrow && (
        // On a phone the text comes first: the form opens from one line.
        <div className="notice join-prompt">
          {/* Once open, the form says the same in its own words. */}
          {!joining && <p>{canWriteNotes(role) ? t('people.askBeforeWriting') : t('people.askToBeSeen')}</p>}
          <button type="button" aria-expanded={joining} onClick={() => setJoining(!joining)}>
            {t('workspace.join')}
          </button>
          {joining && joinForm}
        </div>
      )}
      {status === 'review' && canWriteNotes(role) && <p className="notice">{t('amend.reviewHint')}</p>}
      {reading && <TranslatedReading draft={draft} token={token} lang={reading} />}
      {collab && notes && live && decisions ? (
        <div hidden={reading !== null}>
          <Workspace
            draft={draft}
            token={token}
            collab={collab}
            notes={notes}
            session={live}
            decisions={decisions}
            status={status}
            user={user}
            author={person}
            editable={editable}
            notesReadOnly={notesReadOnly}
          />
        </div>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </article>
  );
}
