import type * as Y from 'yjs';
import { startDiscussing, stopDiscussing } from './sessionMap';
import { useTranslation } from 'react-i18next';

interface Props {
  session: Y.Doc;
  clauseId: string;
  /** Is this the clause now discussed? */
  discussing: boolean;
}

/** For facilitators, in the notes panel: put this clause up for discussion, or end it. */
export function DiscussButton({ session, clauseId, discussing }: Props) {
  const { t } = useTranslation();
  return (
    <p className="discuss-action">
      <button
        type="button"
        className={discussing ? 'secondary' : undefined}
        onClick={() => (discussing ? stopDiscussing(session) : startDiscussing(session, clauseId))}
      >
        {discussing ? t('session.stop') : t('session.discuss')}
      </button>
    </p>
  );
}
