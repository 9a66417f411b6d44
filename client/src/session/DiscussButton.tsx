import type * as Y from 'yjs';
import { startDiscussing } from './sessionMap';
import { useTranslation } from 'react-i18next';

interface Props {
  session: Y.Doc;
  clauseId: string;
  /** Is this the clause now discussed? */
  discussing: boolean;
}

/**
 * For facilitators, in the notes panel: put this clause up for discussion.
 * While it is discussed, say so; the one "Stop discussing" is in the live session.
 */
export function DiscussButton({ session, clauseId, discussing }: Props) {
  const { t } = useTranslation();
  return (
    <p className="discuss-action">
      {discussing ? (
        <span className="discuss-now">{t('workspace.discussingThis')}</span>
      ) : (
        <button type="button" onClick={() => startDiscussing(session, clauseId)}>
          {t('session.discuss')}
        </button>
      )}
    </p>
  );
}
