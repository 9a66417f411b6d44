import { CloseCode } from '@charter/shared';
import type { ConnectionState } from '../collab/useConnection';
import { strings } from '../strings';

interface Props {
  state: ConnectionState;
  /** Show whether changes are saved: only for people who can change the text. */
  showSaved: boolean;
}

function closedMessage(code: number): string {
  const t = strings.connection;
  if (code === CloseCode.Unauthorized) return t.closedUnauthorized;
  if (code === CloseCode.Forbidden) return t.closedForbidden;
  if (code === CloseCode.NotFound) return t.closedNotFound;
  return t.closedOther;
}

/** Connection and saving, announced politely when they change. */
export function ConnectionBadge({ state, showSaved }: Props) {
  const t = strings.connection;
  const { connection, saved, closedCode } = state;
  const connectionText = t[connection];
  let savedText: string | null = null;
  if (showSaved) savedText = saved ? t.saved : connection === 'connected' ? t.saving : t.notSaved;

  return (
    <div role="status" aria-live="polite" className="badge" data-connection={connection} data-saved={saved}>
      <span className="badge-connection">
        <span className="dot" aria-hidden="true" />
        {connectionText}
      </span>
      {savedText && <span className="badge-saved">{savedText}</span>}
      {closedCode !== null && <span className="badge-closed">{closedMessage(closedCode)}</span>}
    </div>
  );
}
