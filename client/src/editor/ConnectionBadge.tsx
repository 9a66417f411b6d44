import { CloseCode } from '@charter/shared';
import type { ConnectionState } from '../collab/useConnection';
import { useTranslation } from '../i18n';
import type { TFunction } from '../i18n';

interface Props {
  state: ConnectionState;
  /** Show whether changes are saved: only for people who can change the text. */
  showSaved: boolean;
  /** A facilitator removed this person: said instead of why the socket closed. */
  removed?: boolean;
}

function closedMessage(code: number, t: TFunction): string {
  if (code === CloseCode.Unauthorized) return t('connection.closedUnauthorized');
  if (code === CloseCode.Forbidden) return t('connection.closedForbidden');
  if (code === CloseCode.NotFound) return t('connection.closedNotFound');
  if (code === CloseCode.MessageTooBig) return t('connection.closedTooLarge');
  return t('connection.closedOther');
}

/** Connection and saving, announced politely when they change. */
export function ConnectionBadge({ state, showSaved, removed = false }: Props) {
  const { t } = useTranslation();
  const { connection, saved, closedCode, onDevice } = state;
  const connectionText = t(`connection.${connection}`);
  let savedText: string | null = null;
  if (showSaved) {
    if (saved) savedText = t('connection.saved');
    else if (connection === 'connected') savedText = t('connection.saving');
    // Unsent changes wait in this browser's copy until the server confirms them.
    else savedText = onDevice && closedCode === null ? t('connection.keptOnDevice') : t('connection.notSaved');
  }
  const offlineText = showSaved && onDevice && connection === 'offline' && closedCode === null ? t('connection.offlineKept') : null;

  return (
    <div
      role="status"
      aria-live="polite"
      className="badge"
      data-connection={connection}
      data-saved={saved}
      data-on-device={onDevice}
    >
      <span className="badge-connection">
        <span className="dot" aria-hidden="true" />
        {connectionText}
      </span>
      {savedText && <span className="badge-saved">{savedText}</span>}
      {offlineText && <span className="badge-offline">{offlineText}</span>}
      {closedCode !== null && (
        <span className="badge-closed">{removed ? t('people.removedShort') : closedMessage(closedCode, t)}</span>
      )}
    </div>
  );
}
