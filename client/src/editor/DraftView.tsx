import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { canWriteBody, type Draft, type Session } from '@charter/shared';
import { guestName, myColor, saveName, storedName } from '../collab/identity';
import { useCollabSession, type CollabSession } from '../collab/useCollab';
import { useDraftStatus } from '../collab/useDraftStatus';
import { useConnection } from '../collab/useConnection';
import { usePresence, type PresenceUser } from '../collab/usePresence';
import { CollabEditor } from './CollabEditor';
import { ConnectionBadge } from './ConnectionBadge';
import { Presence } from './Presence';
import { ShortcutsHelp } from './ShortcutsHelp';
import { fill, strings } from '../strings';

interface Props {
  token: string;
  draft: Draft;
  session: Session;
}

/** A draft open in the editor: heading, status, the shared text and who is here. */
export function DraftView({ token, draft, session }: Props) {
  const collab = useCollabSession(draft.id, token);
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
      {collab ? (
        <Workspace collab={collab} user={user} editable={editable} name={name} askName={chosen === null} onName={onName} />
      ) : (
        <p role="status">{strings.loading}</p>
      )}
    </article>
  );
}

interface WorkspaceProps {
  collab: CollabSession;
  user: PresenceUser;
  editable: boolean;
  name: string;
  askName: boolean;
  onName(name: string): void;
}

function Workspace({ collab, user, editable, name, askName, onName }: WorkspaceProps) {
  const connection = useConnection(collab.provider, collab.saved);
  const present = usePresence(collab.provider);
  return (
    <div className="workspace">
      <div className="workspace-main">
        <ConnectionBadge state={connection} showSaved={editable} />
        <CollabEditor session={collab} user={user} editable={editable} />
        {editable && <ShortcutsHelp />}
      </div>
      <aside className="workspace-side" aria-labelledby="presence-heading">
        <Presence present={present} name={name} askName={askName} onName={onName} />
      </aside>
    </div>
  );
}
