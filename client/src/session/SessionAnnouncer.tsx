import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The clause now discussed, or null. */
  clauseId: string | null;
  /** Its place in the text; null while the text has not arrived or the clause is gone. */
  number: number | null;
}

/**
 * Tells screen reader users, politely, when the facilitator puts a clause up
 * for discussion or ends it. Each change is said once: clauses added above
 * later renumber it without a new announcement. The region is always in the
 * page, so assistive technology is already listening when the text changes.
 */
export function SessionAnnouncer({ clauseId, number }: Props) {
  const [message, setMessage] = useState('');
  const announced = useRef<string | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    if (announced.current === clauseId) return;
    // The session document can arrive before the text: wait for the number.
    if (clauseId !== null && number === null) return;
    announced.current = clauseId;
    setMessage(clauseId === null ? t('session.ended') : t('session.announce', { n: number ?? '' }));
  }, [clauseId, number, t]);

  return (
    <p className="visually-hidden session-announcer" aria-live="polite">
      {message}
    </p>
  );
}
