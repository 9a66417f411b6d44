import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { canWriteBody, canWriteNotes, type Draft, type Session } from '@charter/shared';
import { guestName, myColor, saveName, storedName } from '../collab/identity';
import { useCollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useNotesSession } from '../collab/useNotesSession';
import { useSessionDoc } from '../collab/useSessionDoc';
import type { PresenceUser } from '../collab/usePresence';
import { Workspace } from './Workspace';
import { fill, strings } from '../strings';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

/** A draft open in the editor: heading, status, the shared text and who is here. */
export function DraftView({ token, draft, session }: Props) {
  const collab = useCollabSession(draft.id, token);
  const notes = useNotesSession(draft.id, token);
  const live = useSessionDoc(draft.id, token);
  const [chosen, setChosen] = useState(() => storedName());
  const [guest] = useState(guestName);
  const [color] = useState(myColor);
  const name = chosen ?? guest;
  const role = session.role;
  const [user, setUser] = useState<PresenceUser>(() => ({ name, color, role }));

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
  if (!canWriteNotes(role)) notesReadOnly = strings.notes.readOnly;
  else if (status === 'adopted') notesReadOnly = strings.notes.readOnlyAdopted;
  const t = strings.draft;

  return (
    <article className="draft" aria-labelledby="draft-title">
      <p className="breadcrumb">
        <Link to={`/join/${encodeURIComponent(token)}`}>{fill(t.backTo, { name: session.initiative.name })}</Link>
      </p>
      <h1 id="draft-title" tabIndex={-1}>
        {draft.title}
      </h1>
      <p className="draft-meta">
        {fill(t.meta, { kind: strings.kinds[draft.kind], status: strings.statuses[status] })}
      </p>
      {!mayWrite && <p className="notice read-only-notice">{t.readOnly}</p>}
      {mayWrite && locked && (
        <p className="notice">{status === 'adopted' ? t.lockedAdopted : t.lockedReview}</p>
      )}
      {collab && notes && live ? (
        <Workspace
          draft={draft}
          token={token}
          collab={collab}
          notes={notes}
          session={live}
          user={user}
          editable={editable}
          notesReadOnly={notesReadOnly}
          name={name}
          askName={chosen === null}
          onName={onName}
        />
      ) : (
        <p role="status">{strings.loading}</p>
      )}
    </article>
  );
}
